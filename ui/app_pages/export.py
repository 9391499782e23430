"""导出评查表: the 评查表 with the reviewer's decisions and signature lines as DOCX, XLSX or PDF, and the JSON."""

from __future__ import annotations

import streamlit as st

from ui import exports, resources
from ui.components import context, header
from ui.office_pdf import PdfError

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
