"""问题与评分: the header, the category scores, and the findings grouped by category — status, points, basis, the
evidence (open the page with the words highlighted) — each with the reviewer's decision controls."""

from __future__ import annotations

import streamlit as st

from checklists.model import Finding, Outcome
from review.workspace import CUSTOM_PREFIX, fmt, pack_of
from ui import state
from ui.components import context, decision_controls, header
from ui.components.evidence_view import show_evidence
from ui.labels import OUTCOME, VERDICT, badge

FILTERS = ["需处理", "评查人已处理", "全部"]
ORDER = {Outcome.FAIL: 0, Outcome.ERROR: 1, Outcome.CANNOT_TELL: 2, Outcome.PASS: 3, Outcome.NOT_APPLICABLE: 4}


def label(f: Finding, verdict: str | None) -> str:
    status = badge(f.outcome, f"扣{fmt(f.deduction)}分" if f.outcome == Outcome.FAIL else None)
    veto = " :red-badge[否决项]" if f.veto else ""
    mark = f" :blue-badge[{VERDICT[verdict]}]" if verdict else ""
    return f"{status}{veto}{mark}　**{f.rule_id}**　{f.title}"


def body(ctx: context.ReviewCtx, machine: Finding, eff: Finding) -> None:
    st.markdown(eff.message)
    low_high = (
        f"（可在 {fmt(machine.points_min)}–{fmt(machine.points_max)} 分之间酌定）"
        if machine.points_min is not None and machine.points_max is not None
        else ""
    )
    st.caption(f"类别：{eff.category}　分值：{fmt(machine.points)} 分{low_high}　依据：{eff.legal_basis}")
    if eff.outcome != machine.outcome or eff.deduction != machine.deduction:
        st.caption(f"初评：{OUTCOME[machine.outcome]}，扣 {fmt(machine.deduction)} 分")
    for i, ev in enumerate(machine.evidence):
        where = f"第{ev.page}页" if ev.page else "卷内未见"
        quote = f"：“{ev.quote}”" if ev.quote else ""
        note = f"（{ev.note}）" if ev.note else ""
        if ev.prov is None:
            st.markdown(f":material/description: **{ev.document}** · {where}{quote}{note}")
            continue
        if st.toggle(
            f":material/description: {ev.document} · {where}{quote}{note}", key=f"findings_ev_{machine.rule_id}_{i}"
        ):
            show_evidence(ctx, ev)


def wanted(view: str, f: Finding, touched: bool) -> bool:
    if view == "全部":
        return True
    if view == "评查人已处理":
        return touched
    return f.outcome in (Outcome.FAIL, Outcome.CANNOT_TELL, Outcome.ERROR) or touched


ctx = context.current()
header.render(ctx, "问题与评分")
note = state.flash()
if note:
    st.success(note, icon=":material/check_circle:")
report, st_ = ctx.report, ctx.ws.state
machine_by_id = {f.rule_id: f for f in ctx.ws.machine.findings}
counts = {o: sum(f.outcome == o for f in report.findings) for o in Outcome}
st.markdown(
    f"扣分 **{counts[Outcome.FAIL]}** 项 · 待人工判断 **{counts[Outcome.CANNOT_TELL]}** 项 · "
    f"符合 {counts[Outcome.PASS]} 项 · 不适用 {counts[Outcome.NOT_APPLICABLE]} 项"
    + (f" · 检查出错 {counts[Outcome.ERROR]} 项" if counts[Outcome.ERROR] else "")
    + f"　（已作决定 {len(st_.findings) + len(st_.custom)} 项）"
)
cats = report.score.categories
for col, c in zip(st.columns(len(cats) or 1), cats, strict=False):
    col.metric(c.name, f"{fmt(c.score)}/{fmt(c.cap)}", delta=f"-{fmt(c.deducted)}" if c.deducted else None)
view = st.segmented_control("显示", FILTERS, default=FILTERS[0], key="findings_filter") or FILTERS[0]
pack = pack_of(ctx.ws.machine)
shown = 0
for cat in pack.categories:
    items = []
    for f in report.findings:
        if f.category != cat.name:
            continue
        fs = st_.custom.get(f.rule_id) or st_.findings.get(f.rule_id)
        if wanted(view, f, fs is not None):
            items.append((f, fs))
    if not items:
        continue
    items.sort(key=lambda item: ORDER[item[0].outcome])
    cs = next(c for c in report.score.categories if c.name == cat.name)
    st.subheader(f"{cat.name}　扣 {fmt(cs.deducted)} / {fmt(cs.cap)} 分")
    for f, fs in items:
        shown += 1
        machine = machine_by_id.get(f.rule_id, f)
        verdict = fs.verdict if fs else None
        with st.expander(label(f, verdict), key=f"findings_exp_{f.rule_id}"):
            body(ctx, machine, f)
            if f.rule_id.startswith(CUSTOM_PREFIX):
                st.caption("评查人新增的问题")
            if not ctx.readonly:
                decision_controls.controls(ctx, machine, f, fs)
if not shown:
    st.info("没有需要处理的问题。" if view == FILTERS[0] else "暂无。")
if not ctx.readonly:
    st.divider()
    with st.expander(":material/add_circle: 新增问题（评查人发现的问题）", key="findings_add_exp"):
        decision_controls.add_finding(ctx)
    decision_controls.review_comment(ctx)
