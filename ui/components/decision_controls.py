"""The reviewer's controls on one finding: confirm / reject / undo, adjust points within the rule's range, comment;
and the form to add a finding of one's own (a rule of the pack, or free text with points)."""

from __future__ import annotations

from decimal import Decimal

import streamlit as st

from checklists.model import Finding, Outcome
from review.workspace import CUSTOM_PREFIX, REVIEW_TARGET, Action, FindingState, fmt, pack_of, points_range
from ui import state
from ui.components.context import ReviewCtx

STEP = 0.5


def _apply(ctx: ReviewCtx, done: str, **fields) -> None:
    if ctx.decide(ctx.decision(**fields)):
        state.flash(done)
        st.rerun()


def controls(ctx: ReviewCtx, machine: Finding, eff: Finding, fs: FindingState | None) -> None:
    rid = machine.rule_id
    key = rid.replace(" ", "_")
    custom = rid.startswith(CUSTOM_PREFIX)
    c1, c2, c3, _ = st.columns([1, 1, 1, 3])
    if custom:
        if c1.button("删除此问题", key=f"findings_remove_{key}"):
            _apply(ctx, f"已删除 {rid}", action=Action.REMOVE, target=rid)
    elif machine.outcome in (Outcome.FAIL, Outcome.CANNOT_TELL, Outcome.ERROR):
        yes = "确认扣分" if machine.outcome == Outcome.FAIL else "判定扣分"
        no = "驳回" if machine.outcome == Outcome.FAIL else "判定符合"
        if c1.button(yes, key=f"findings_confirm_{key}", type="primary"):
            _apply(ctx, f"已确认 {rid}", action=Action.CONFIRM, target=rid)
        if c2.button(no, key=f"findings_reject_{key}"):
            _apply(ctx, f"已驳回 {rid}：不扣分", action=Action.REJECT, target=rid)
    elif c1.button("改判为扣分", key=f"findings_flag_{key}", help="机器判为符合/不适用，评查人认定存在问题"):
        _apply(ctx, f"{rid} 已改判为扣分", action=Action.ADD, target=rid, points=machine.points, text=machine.title)
    if fs is not None and not custom and c3.button("撤销决定", key=f"findings_reset_{key}"):
        _apply(ctx, f"{rid} 已恢复为初评结果", action=Action.RESET, target=rid)
    if eff.outcome == Outcome.FAIL:
        low, high = points_range(machine) if not custom else (Decimal(0), Decimal(100))
        p1, p2 = st.columns([2, 1], vertical_alignment="bottom")
        value = p1.number_input(
            f"扣分（{fmt(low)}–{fmt(high)} 分）",
            min_value=float(low),
            max_value=float(high),
            value=float(min(max(eff.deduction, low), high)),
            step=STEP,
            key=f"findings_points_{key}",
        )
        if p2.button("调整扣分", key=f"findings_adjust_{key}"):
            points = Decimal(str(value))
            _apply(ctx, f"{rid} 扣分调整为 {fmt(points)} 分", action=Action.ADJUST, target=rid, points=points)
    t1, t2 = st.columns([2, 1], vertical_alignment="bottom")
    comment = t1.text_input("评查意见", value=fs.comment if fs else "", key=f"findings_comment_{key}")
    if t2.button("保存意见", key=f"findings_save_comment_{key}"):
        _apply(ctx, f"{rid} 的评查意见已保存", action=Action.COMMENT, target=rid, text=comment.strip())


def add_finding(ctx: ReviewCtx) -> None:
    """新增问题: any rule of the pack, or free text with a category and points."""
    pack = pack_of(ctx.ws.machine)
    mode = st.radio("问题来源", ["评查标准条目", "自定义问题"], horizontal=True, key="findings_add_mode")
    if mode == "评查标准条目":
        rules = {f.rule_id: f for f in ctx.ws.machine.findings}
        rid = st.selectbox(
            "评查项", list(rules), format_func=lambda r: f"{r} {rules[r].title}", key="findings_add_rule"
        )
        f = rules[rid]
        _low, high = points_range(f)
        top = max(high, f.points)
        points = st.number_input(
            f"扣分（最多 {fmt(top)} 分）",
            min_value=float(STEP if top >= STEP else top),
            max_value=float(top),
            value=float(f.points),
            step=STEP,
            key="findings_add_rule_points",
        )
        text = st.text_input("问题描述", value="", key="findings_add_rule_text", placeholder=f.title)
        if st.button("新增问题", key="findings_add_rule_go", type="primary"):
            _apply(
                ctx,
                f"已新增问题 {rid}",
                action=Action.ADD,
                target=rid,
                points=Decimal(str(points)),
                text=text.strip() or f.title,
            )
        return
    cats = [c.name for c in pack.categories]
    category = st.selectbox("类别", cats, key="findings_add_category")
    text = st.text_area("问题描述", key="findings_add_text", placeholder="例如：卷内目录页码与实际不符")
    points = st.number_input("扣分", min_value=0.0, max_value=100.0, value=1.0, step=STEP, key="findings_add_points")
    basis = st.text_input("依据（可选）", key="findings_add_basis")
    if st.button("新增问题", key="findings_add_go", type="primary"):
        _apply(
            ctx,
            "已新增自定义问题",
            action=Action.ADD,
            target=ctx.ws.next_custom_id(),
            points=Decimal(str(points)),
            text=text.strip(),
            category=category,
            basis=basis.strip(),
        )


def review_comment(ctx: ReviewCtx) -> None:
    text = st.text_area("整卷评查意见", value=ctx.ws.state.comment, key="findings_review_comment")
    if st.button("保存整卷意见", key="findings_review_comment_go"):
        _apply(ctx, "整卷评查意见已保存", action=Action.COMMENT, target=REVIEW_TARGET, text=text.strip())
