"""导出评查表: the 评查表 with the reviewer's decisions and signature lines as DOCX, XLSX or PDF, and the JSON; and
匿名化导出: the dossier's whole text with every personal or identifying value replaced (DOCX or TXT)."""

from __future__ import annotations

import streamlit as st

from review.anonymize import AnonymizeError
from review.export.pdf import PdfError
from ui import anon_export, exports, resources
from ui.components import context, header

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

ctx = context.current()
header.render(ctx, "导出评查表")
ws, who = ctx.ws, ctx.summary.reviewer
base = (ctx.report.header.get("文号") or ctx.summary.label or "案卷").translate(
    str.maketrans('/\\:*?"<>|', "_________")
)
name = f"评查表_{base}"
lines = exports.decision_lines(ws)
st.markdown(
    f"评查表含初评结果、评查人的 **{len(lines)}** 项决定、评查人与复核人签名栏。"
    f"评查人：**{who}**　日期：{exports.review_date(ws)}"
)
c1, c2, c3, c4 = st.columns(4)
c1.download_button(
    "下载 Word（DOCX）",
    exports.docx_bytes(ws, who),
    f"{name}.docx",
    DOCX,
    key="export_docx",
    type="primary",
    on_click="ignore",
)
c2.download_button(
    "下载 Excel（XLSX）", exports.xlsx_bytes(ws, who), f"{name}.xlsx", XLSX, key="export_xlsx", on_click="ignore"
)
c3.download_button(
    "下载 JSON",
    exports.json_bytes(ws, who, resources.wording_rows(ctx.wording)),
    f"{name}.json",
    "application/json",
    key="export_json",
    on_click="ignore",
)
pdf_key = f"export_pdf_{ctx.review_id}_{len(ws.decisions)}"
if c4.button("生成 PDF", key="export_make_pdf"):
    with st.spinner("正在用 LibreOffice 生成 PDF……"):
        try:
            st.session_state[pdf_key] = exports.pdf_bytes(ws, who)
        except PdfError as err:
            st.error(str(err))
if pdf_key in st.session_state:
    st.download_button(
        "下载 PDF",
        st.session_state[pdf_key],
        f"{name}.pdf",
        "application/pdf",
        key="export_pdf",
        type="primary",
        on_click="ignore",
    )
if lines:
    st.subheader("评查人复核记录")
    st.dataframe(
        [
            {
                "编号": ln.rule,
                "评查内容": ln.title,
                "初评": ln.machine,
                "评查人决定": ln.decision,
                "扣分": ln.deduction,
                "意见": ln.comment,
            }
            for ln in lines
        ],
        hide_index=True,
        key="export_lines",
    )


def anonymised_section() -> None:
    st.divider()
    st.subheader("匿名化导出")
    st.caption(
        "整卷文字，当事人及其他自然人姓名、企业名称、证件号码、统一社会信用代码、电话、地址等替换为化名"
        "（同一人全卷同一化名），可用于培训、案例汇编或公开。只含文字，不含页面图像。"
    )
    c1, c2, c3 = st.columns([2, 1, 1], vertical_alignment="bottom")
    style = c1.selectbox(
        "替换方式", list(anon_export.STYLES), format_func=anon_export.STYLES.get, key="export_anon_style"
    )
    kind = c2.radio("格式", ["DOCX", "TXT"], horizontal=True, key="export_anon_format")
    keep = c3.checkbox("保留执法人员姓名", key="export_anon_keep_officers")
    params = (ctx.review_id, len(ctx.ws.decisions), style, kind, keep)
    key = "export_anon_file"
    if st.button("生成匿名化文本", key="export_anon_make"):
        with st.spinner("正在匿名化……"):
            try:
                anon = anon_export.anonymize(ctx.dossier, style, keep)
            except AnonymizeError as err:
                st.error(str(err), icon=":material/error:")
                return
            data = anon_export.docx_bytes(anon) if kind == "DOCX" else anon_export.txt_bytes(anon)
        st.session_state[key] = (params, data, anon_export.replaced_text(anon))
    made = st.session_state.get(key)
    if not made or made[0] != params:
        return
    st.caption(f"已替换：{made[2]}")
    suffix, mime = ("docx", DOCX) if kind == "DOCX" else ("txt", "text/plain")
    st.download_button(
        f"下载匿名化案卷（{kind}）",
        made[1],
        f"匿名化案卷_{ctx.review_id}.{suffix}",
        mime,
        key="export_anon_download",
        type="primary",
        icon=":material/download:",
        on_click="ignore",
    )


anonymised_section()
