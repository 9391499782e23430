"""我的任务: the reviewer named in the sidebar sees only their own assignments in a campaign — 初评 is blind, no
other reviewer's score shows (a 复核 reviewer sees the 初评 totals the 复核 settles) — opens one in the review pages
(问题与评分 …), and submits the result with a confirmation."""

from __future__ import annotations

import streamlit as st

from review.campaign.model import AssignmentResult, CampaignDossier, CampaignError, Stage
from review.campaign.store import CampaignStore
from review.workspace import WorkspaceError, fmt
from ui import resources, state
from ui.components import campaign_pick

CONFIRM = "mytasks_confirm"


def _open(cs: CampaignStore, d: CampaignDossier, a: AssignmentResult) -> None:
    try:
        review_id = cs.open_assignment(a.id)
    except CampaignError as err:
        st.error(str(err), icon=":material/error:")
        return
    state.set_review(review_id)
    state.flash(f"正在{a.stage.value}：{d.unit} {d.case_number or d.file}。逐项确认或驳回后，回到“我的任务”提交。")
    st.switch_page("app_pages/findings.py")


def _submit(cs: CampaignStore, a: AssignmentResult) -> None:
    st.session_state.pop(CONFIRM, None)
    try:
        result = cs.submit(a.id)
    except (CampaignError, WorkspaceError) as err:
        st.error(str(err), icon=":material/error:")
        return
    veto = "，否决" if result.veto else ""
    done = "复核结果已提交，即为该卷最终结果" if result.stage == Stage.RECHECK else "初评已提交"
    state.flash(f"{done}：{fmt(result.score) if result.score is not None else ''} 分，{result.grade}{veto}。")
    st.rerun()


def _reopen(cs: CampaignStore, a: AssignmentResult) -> None:
    try:
        cs.reopen(a.id)
    except CampaignError as err:
        st.error(str(err), icon=":material/error:")
        return
    state.flash("已撤回提交，可继续修改后再提交。")
    st.rerun()


def current_score(cs: CampaignStore, a: AssignmentResult) -> str:
    """The reviewer's own working score on a pending task (once opened)."""
    if a.review_id is None:
        return "尚未打开"
    try:
        s = cs.store.summary(a.review_id)
    except WorkspaceError:
        return "尚未打开"
    veto = "（否决）" if s.vetoed else ""
    return f"当前 {s.total} 分 · {s.grade}{veto} · 已作决定 {s.decisions} 项"


def task(cs: CampaignStore, d: CampaignDossier, a: AssignmentResult) -> None:
    done = a.status == "done"
    with st.container(border=True, key=f"mytasks_task_{a.id}"):
        c1, c2 = st.columns([3, 2], vertical_alignment="center")
        stage = f":blue-badge[{a.stage.value}]" if a.stage == Stage.FIRST else f":violet-badge[{a.stage.value}]"
        status = ":green-badge[已提交]" if done else ":orange-badge[待评查]"
        c1.markdown(
            f"{stage} {status}　**{d.unit}**  \n{d.case_number or '（文号未填）'} · {d.case_name or d.file}"
            f"　`任务 {a.id}`"
        )
        if done:
            veto = "（否决）" if a.veto else ""
            c2.markdown(f"**我的{a.stage.value}：{fmt(a.score) if a.score is not None else ''} 分 · {a.grade}{veto}**")
        else:
            c2.markdown(current_score(cs, a))
        if a.stage == Stage.RECHECK:
            first = [x for x in d.assignments if x.stage == Stage.FIRST and x.score is not None]
            if first:
                st.caption("初评结果（供复核参考）：" + "；".join(f"{x.reviewer} {fmt(x.score)} 分" for x in first))
        b = st.columns([1, 1, 4])
        if b[0].button("打开评查", key=f"mytasks_open_{a.id}", icon=":material/fact_check:"):
            _open(cs, d, a)
        if done:
            if a.stage == Stage.FIRST and d.final is None and b[1].button("撤回提交", key=f"mytasks_reopen_{a.id}"):
                _reopen(cs, a)
            return
        if st.session_state.get(CONFIRM) != a.id:
            if b[1].button(f"提交{a.stage.value}", key=f"mytasks_submit_{a.id}", type="primary"):
                st.session_state[CONFIRM] = a.id
                st.rerun()
            return
        unopened = "你尚未打开此案卷，将按机器初评结果提交。" if a.review_id is None else ""
        st.warning(
            f"{unopened}确认以当前得分提交{a.stage.value}结果？提交后不能再修改"
            + ("（复核结果即为该卷最终结果）。" if a.stage == Stage.RECHECK else "（定分前可撤回）。"),
            icon=":material/help:",
        )
        k = st.columns([1, 1, 4])
        if k[0].button("确认提交", key=f"mytasks_confirm_{a.id}", type="primary"):
            _submit(cs, a)
        if k[1].button("取消", key=f"mytasks_cancel_{a.id}"):
            st.session_state.pop(CONFIRM, None)
            st.rerun()


# -- the page -------------------------------------------------------------------------------------------------------
st.title("我的任务")
note = state.flash()
if note:
    st.success(note, icon=":material/check_circle:")
me = state.reviewer()
if not me:
    st.warning("请先在左侧填写评查人姓名。")
    st.stop()
cs = resources.campaigns()
mine = [c for c in cs.campaigns() if any(r.name == me for r in cs.reviewers(c.id))]
if not mine:
    st.info(f"“{me}”不是任何评查活动的评查人。评查人姓名须与评查活动的评查人名单一致。")
    st.stop()
info = campaign_pick.pick(mine, "mytasks_pick")
assert info is not None
try:
    snap = cs.snapshot_for_reviewer(info.id, me)
except CampaignError as err:
    st.error(str(err), icon=":material/error:")
    st.stop()
tasks = [(d, a) for d in snap.dossiers for a in d.assignments if a.reviewer == me]
open_ = sum(a.status != "done" for _, a in tasks)
st.caption(f"评查人 {me} · 只显示分配给你的案卷；初评背对背进行，看不到其他评查人的评分。")
cols = st.columns(3)
cols[0].metric("我的任务", len(tasks), border=True)
cols[1].metric("已提交", len(tasks) - open_, border=True)
cols[2].metric("待评查", open_, border=True)
if not tasks:
    st.info("本评查活动中还没有分配给你的任务。")
    st.stop()
view = st.segmented_control("显示", ["待评查", "全部"], default="待评查", key="mytasks_filter") or "待评查"
shown = sorted(  # to do first, each group in list order
    [(d, a) for d, a in tasks if view == "全部" or a.status != "done"], key=lambda da: da[1].status == "done"
)
if not shown:
    st.success("你的任务都已提交。", icon=":material/task_alt:")
for d, a in shown:
    task(cs, d, a)
