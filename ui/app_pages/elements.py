"""要素: the extracted elements with their source (page, words, text layer / OCR / Word); a reviewer corrects a
wrong value (or removes a misread one) and the checks rerun."""

from __future__ import annotations

import streamlit as st

from review.workspace import ELEMENT_PREFIX, Action, editable, value_text
from ui import state
from ui.components import context, header
from ui.components.evidence_view import show_page
from ui.labels import SOURCE


def do(action: Action, done: str, text: str = "") -> None:
    if ctx.decide(ctx.decision(action=action, target=target, text=text)):
        state.flash(done)
        st.rerun()


ctx = context.current()
header.render(ctx, "要素")
note = state.flash()
if note:
    st.success(note, icon=":material/check_circle:")
original = ctx.ws.dossier
corrections = ctx.ws.state.corrections
titles = {d.id: d.title for d in original.documents}
kinds = sorted({e.kind.value for e in original.elements})
chosen = st.multiselect("要素类别", kinds, default=[], key="elements_kinds", placeholder="全部类别")
rows, index = [], []
for i, e in enumerate(original.elements):
    if chosen and e.kind.value not in chosen:
        continue
    fixed = corrections.get(i, ...)
    value = value_text(e.value) if fixed is ... else ("（已删除）" if fixed is None else fixed)
    rows.append(
        {
            "类别": e.kind.value,
            "角色": e.role or "",
            "值": value,
            "原文": e.text,
            "文书": titles.get(e.doc_id or "", ""),
            "页码": e.prov.page,
            "来源": SOURCE.get(e.prov.source, e.prov.source),
            "评查人更正": "是" if fixed is not ... else "",
        }
    )
    index.append(i)
st.caption(f"共 {len(rows)} 项要素。选中一行可查看原页并更正。")
picked = st.dataframe(rows, hide_index=True, key="elements_table", on_select="rerun", selection_mode="single-row")
sel = picked.selection.rows if picked is not None and hasattr(picked, "selection") else []
if not sel:
    choice = st.selectbox(
        "或选择要素",
        index,
        format_func=lambda i: (
            f"第{original.elements[i].prov.page}页 · {original.elements[i].kind.value} · "
            f"{original.elements[i].text[:30]}"
        ),
        index=None,
        key="elements_pick",
        placeholder="选择一项要素",
    )
else:
    choice = index[sel[0]]
if choice is not None:
    e = original.elements[choice]
    target = f"{ELEMENT_PREFIX}{choice}"
    st.subheader(f"{e.kind.value}{f'（{e.role}）' if e.role else ''}：{e.text}")
    if not ctx.readonly:
        if editable(e):
            current = corrections.get(choice) or value_text(e.value)
            c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
            hint = "日期写成 2024-03-01；金额写数字（元）"
            new = c1.text_input("更正为", value=current, key=f"elements_value_{choice}", help=hint)
            if c2.button("保存更正并重新评查", key="elements_save", type="primary"):
                do(Action.CORRECT, f"已更正{e.kind.value}，评查结果已重新计算", new)
        else:
            st.caption("此类要素不能直接改值；如识别有误，可删除后由评查人判断相关项。")
        b1, b2, _ = st.columns([1, 1, 3])
        if b1.button("删除（误识别）", key="elements_remove"):
            do(Action.REMOVE, f"已删除该{e.kind.value}，评查结果已重新计算")
        if choice in corrections and b2.button("恢复原值", key="elements_reset"):
            do(Action.RESET, "已恢复原识别值，评查结果已重新计算")
    st.caption(f"出处：第{e.prov.page}页 · {SOURCE.get(e.prov.source, e.prov.source)} · 识别：{e.extractor}")
    show_page(ctx, original.pages[e.prov.page - 1], [e.prov.span], [e.prov.bbox] if e.prov.bbox else [])
