"""操作记录: the audit trail — every decision with reviewer, time, before and after, and the score it left; a
supervisor can show every reviewer's work on this dossier."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from review.workspace import ACTION_LABELS, Action
from ui.components import context, header

TZ = dt.timezone(dt.timedelta(hours=8))


def _state(d: dict[str, str]) -> str:
    return "；".join(f"{k}：{v}" for k, v in d.items()) or "—"


ctx = context.current()
header.render(ctx, "操作记录")
all_reviewers = st.toggle("显示所有评查人对本案卷的记录（复核用）", key="audit_all")
reviews = ctx.store.reviews(dossier_key=ctx.summary.dossier_key) if all_reviewers else [ctx.summary]
if all_reviewers:
    st.dataframe(
        [
            {
                "评查人": r.reviewer,
                "评查标准": r.pack,
                "初评得分": r.machine_total,
                "现得分": r.total,
                "等次": r.grade,
                "决定数": r.decisions,
            }
            for r in reviews
        ],
        hide_index=True,
        key="audit_reviews",
    )
entries = ctx.store.audit([r.id for r in reviews])
if not entries:
    st.info("尚无评查人操作。")
    st.stop()
st.dataframe(
    [
        {
            "时间": e.at.astimezone(TZ).strftime("%Y-%m-%d %H:%M:%S"),
            "评查人": e.reviewer,
            "操作": ACTION_LABELS.get(Action(e.action), e.action),
            "对象": e.target or "整卷",
            "变更前": _state(e.before),
            "变更后": _state(e.after),
            "说明": e.text or (f"{e.points} 分" if e.points else ""),
            "总分": f"{e.score_before} → {e.score_after}",
        }
        for e in reversed(entries)
    ],
    hide_index=True,
    key="audit_table",
)
st.caption("时间为北京时间。记录只增不改，撤销也作为一条操作记入。")
