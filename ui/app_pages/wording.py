"""用语: the wording linter's diagnostics highlighted in the page text. The linter (``checklists.wording``) is built
separately; review.workspace.wording_diagnostics is the hook, and this page says when it is not installed."""

from __future__ import annotations

from collections import defaultdict

import streamlit as st

from review import workspace
from ui.components import context, header
from ui.components.evidence_view import marked_text

ctx = context.current()
header.render(ctx, "用语")
result = ctx.wording
if not result.available:
    st.info(
        f"用语检查器（{workspace.WORDING_MODULE}）尚未安装，本页暂无用语问题可显示。安装后，这里会列出不规范用语"
        "（如“法人代表”应为“法定代表人”）并在原文中标出。",
        icon=":material/info:",
    )
    if result.error:
        st.caption(result.error)
    st.stop()
if result.error:
    st.error(result.error)
if not result.items:
    st.success("未发现用语问题。")
    st.stop()
st.markdown(f"共发现 **{len(result.items)}** 处用语问题。")
st.dataframe(
    [
        {
            "页码": i.page or "",
            "文书": i.document,
            "编号": i.code,
            "原文": i.quote,
            "建议": i.suggestion,
            "说明": i.message,
        }
        for i in result.items
    ],
    hide_index=True,
    key="wording_table",
)
by_page: dict[int, list] = defaultdict(list)
for item in result.items:
    if item.page and item.span:
        by_page[item.page].append(item)
for number in sorted(by_page):
    if 1 <= number <= len(ctx.dossier.pages):
        page = ctx.dossier.pages[number - 1]
        with st.expander(f"第{number}页（{len(by_page[number])} 处）", key=f"wording_page_{number}"):
            st.html(marked_text(page.text, [i.span for i in by_page[number]]))
