"""文书目录: every document the pack expects — present, missing or not required — with page ranges; the documents
found in the dossier; and any page opened with its text."""

from __future__ import annotations

import streamlit as st

from ui.components import context, header
from ui.components.evidence_view import show_page
from ui.labels import SOURCE, doc_status, pages_text

ctx = context.current()
header.render(ctx, "文书目录")
docs = ctx.report.documents
missing = [d for d in docs if not d.present and d.required]
present = [d for d in docs if d.present]
c1, c2, c3 = st.columns(3)
c1.metric("应有文书在卷", f"{len(present)} 种")
c2.metric("缺失必备文书", f"{len(missing)} 种")
c3.metric("案卷页数", f"{len(ctx.dossier.pages)} 页")
if missing:
    st.error("缺失必备文书：" + "、".join(d.type for d in missing), icon=":material/error:")
st.subheader("应有文书")
st.dataframe(
    [
        {
            "文书": d.type,
            "状态": doc_status(d.present, d.required),
            "要求": {True: "必备", None: "视情形", False: "不要求"}[d.required],
            "页码": pages_text(d.pages),
        }
        for d in docs
    ],
    hide_index=True,
    key="documents_expected",
)
st.subheader("卷内文书（按页序）")
st.dataframe(
    [
        {
            "序号": i,
            "标题": d.title,
            "文书类型": d.doc_type.value,
            "页码": pages_text([(d.page_start, d.page_end)]),
        }
        for i, d in enumerate(ctx.dossier.documents, 1)
    ],
    hide_index=True,
    key="documents_found",
)
issues = ctx.dossier.issues
if issues:
    st.subheader("读取提示")
    for i in issues:
        where = f"{i.file or ''}{f' 第{i.page}页' if i.page else ''}"
        (st.error if i.severity == "error" else st.info)(f"{where}：{i.message}（{i.code}）")
st.subheader("查看原页")
pages = ctx.dossier.pages
if pages:
    n = st.number_input("页码", min_value=1, max_value=len(pages), value=1, step=1, key="documents_page")
    page = pages[int(n) - 1]
    st.caption(f"来源：{SOURCE.get(page.source, page.source)}")
    show_page(ctx, page, [], [])
