"""The header of every review page: 当事人, 文号, 机关, the score (with the machine score beside it), the grade, a
veto banner, and any extraction problems."""

from __future__ import annotations

import streamlit as st

from review.workspace import fmt
from ui.components.context import ReviewCtx


def render(ctx: ReviewCtx, title: str) -> None:
    report, h = ctx.report, ctx.report.header
    s = report.score
    st.title(title)
    cols = st.columns([3, 3, 1.3, 1.3])
    cols[0].markdown(f"**当事人**　{h.get('当事人', '（未识别）')}  \n**机关**　{h.get('机关', '（未识别）')}")
    cols[1].markdown(
        f"**文号**　{h.get('文号', '（未识别）')}  \n**评查标准**　{report.pack_title}"
        f"　·　评查人 {ctx.summary.reviewer}"
    )
    machine = ctx.ws.machine.score.total
    delta = s.total - machine
    cols[2].metric(
        "总分", fmt(s.total), delta=(f"{delta:+f}" if delta else None), border=True, help=f"机器初评 {fmt(machine)} 分"
    )
    cols[3].metric("等次", s.grade, border=True)
    if s.vetoed:
        st.error("**否决项成立，案卷不合格**：" + "；".join(s.veto_reasons), icon=":material/block:")
    errors = [i for i in ctx.dossier.issues if i.severity == "error"]
    if errors:
        st.warning(
            "读取时有文件未能读取：" + "；".join(f"{i.file or ''} {i.message}" for i in errors),
            icon=":material/warning:",
        )
    if report.errors:
        failed = "、".join(e.rule_id or "" for e in report.errors)
        st.warning(f"有检查项运行出错，结果为“检查出错”，请人工判断：{failed}")
