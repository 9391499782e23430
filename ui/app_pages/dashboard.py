"""活动看板: a campaign's results for the organiser — grades by unit, the most frequent deductions, the score
distribution, year over year (when there are other campaigns), the 汇总统计表, how far the reviewers agree (κ per
reviewer pair and per rule, mean score difference: 尺度不统一 shows here) and the 复核 list. Every number comes from
``review.campaign.stats`` / ``agreement`` over the campaign's snapshot: the same as in the result files."""

from __future__ import annotations

from decimal import Decimal

import altair as alt
import pandas as pd
import streamlit as st

from review.campaign.agreement import AgreementReport, agreement, kappa_label
from review.campaign.model import CampaignError, CampaignInfo, CampaignSnapshot, Stage
from review.campaign.stats import (
    grade_order,
    machine_vs_final,
    overall_detail,
    overall_summary,
    score_distribution,
    top_deductions,
    unit_details,
    unit_summary,
    year_over_year,
)
from review.export.campaign_files import installed_packs
from review.workspace import fmt
from ui import resources
from ui.components import campaign_pick

GRADE_COLORS = {"优秀": "#2e7d32", "良好": "#1976d2", "合格": "#f9a825", "不合格": "#c62828"}
FALLBACK = ["#2e7d32", "#1976d2", "#f9a825", "#ef6c00", "#c62828", "#6a1b9a"]
LOW_KAPPA = 0.4  # κ at or below this is 一般 or worse (Landis & Koch)
FONT = "Noto Sans CJK SC, WenQuanYi Zen Hei, Microsoft YaHei, sans-serif"


def pct(value: Decimal) -> str:
    return f"{value:.2f}%"


def kappa_text(k: float | None) -> str:
    return "—" if k is None else f"{k:.2f}（{kappa_label(k)}）"


def num(value: Decimal | None) -> str:
    return "—" if value is None else fmt(value)


def short_pct(value: Decimal) -> str:
    """A share for a metric tile: 100%, 66.7%."""
    return f"{value.quantize(Decimal('0.1')).normalize():f}%"


def _chart(chart: alt.Chart, key: str, height: int) -> None:
    st.altair_chart(
        chart.properties(height=height)
        .configure(font=FONT)
        .configure_axis(labelLimit=260, titleFontWeight="normal", labelFontSize=12, titleFontSize=12)
        .configure_legend(labelFontSize=12, titleFontSize=12)
        .configure_view(stroke=None),
        key=key,
        width="stretch",
        height=height + 80,
    )


def grades_chart(snap: CampaignSnapshot) -> None:
    grades = grade_order(snap)
    rows = [
        {"单位": s.unit, "等次": g, "卷数": s.grades[g], "序": i}
        for s in unit_summary(snap)
        for i, g in enumerate(grades)
        if s.grades[g]
    ]
    if not rows:
        st.info("尚无已定分的案卷。")
        return
    colors = [GRADE_COLORS.get(g, FALLBACK[i % len(FALLBACK)]) for i, g in enumerate(grades)]
    units = list(dict.fromkeys(d.unit for d in snap.dossiers))
    chart = (
        alt.Chart(pd.DataFrame(rows))
        .mark_bar()
        .encode(
            y=alt.Y("单位:N", sort=units, title=None),
            x=alt.X("sum(卷数):Q", title="已定分案卷（卷）", axis=alt.Axis(tickMinStep=1)),
            color=alt.Color("等次:N", scale=alt.Scale(domain=grades, range=colors), legend=alt.Legend(orient="top")),
            order=alt.Order("序:Q"),
            tooltip=["单位", "等次", "卷数"],
        )
    )
    _chart(chart, "dashboard_chart_grades", max(120, 44 * len(units)))


def deductions_chart(snap: CampaignSnapshot) -> None:
    rows = [
        {"评查项": f"{d.rule_id} {d.title[:24]}", "案卷数": d.dossiers, "扣分合计": float(d.total_points)}
        for d in top_deductions(snap, 10)
    ]
    if not rows:
        st.info("已定分的案卷中没有扣分项。")
        return
    chart = (
        alt.Chart(pd.DataFrame(rows))
        .mark_bar(color="#c62828")
        .encode(
            y=alt.Y("评查项:N", sort="-x", title=None),
            x=alt.X("案卷数:Q", title="扣分案卷（卷）", axis=alt.Axis(tickMinStep=1)),
            tooltip=["评查项", "案卷数", "扣分合计"],
        )
    )
    _chart(chart, "dashboard_chart_deductions", max(120, 28 * len(rows)))


def distribution_chart(snap: CampaignSnapshot) -> None:
    used = [b for b in score_distribution(snap, 5) if b.count]
    if not used:
        st.info("尚无已定分的案卷。")
        return
    # 5-point bins from 60 up; 10-point bins from 0 when some file scored below 60 (a veto scores 0)
    wide = used[0].lower < 60
    bins = score_distribution(snap, 10) if wide else score_distribution(snap, 5)
    rows = [{"分数段": b.label, "卷数": b.count} for b in bins if wide or b.lower >= 60]
    chart = (
        alt.Chart(pd.DataFrame(rows))
        .mark_bar(color="#1976d2")
        .encode(
            x=alt.X("分数段:N", sort=[r["分数段"] for r in rows], title="最终得分（分）", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("卷数:Q", title=None, axis=alt.Axis(tickMinStep=1)),
            tooltip=["分数段", "卷数"],
        )
    )
    _chart(chart, "dashboard_chart_scores", 220)
    st.caption("纵轴：已定分案卷数（卷）")


def summary_table(snap: CampaignSnapshot) -> None:
    grades = grade_order(snap)
    rows = []
    pairs = list(zip(unit_summary(snap), unit_details(snap), strict=True))
    for s, d in [*pairs, (overall_summary(snap), overall_detail(snap))]:
        row: dict[str, object] = {"单位": s.unit, "案卷总数": s.dossiers, "抽查数": s.sampled, "评查数": s.reviewed}
        for g in grades:
            row[f"{g}数"] = s.grades[g]
            row[f"{g}占比"] = pct(s.shares[g])
        row |= {
            "否决数": s.vetoed,
            "不符合评查条件数": d.unreadable,
            "待评查数": d.pending,
            "平均分": num(s.mean_score),
            "主要问题": "；".join(f"{c.category}{c.problems}处" for c in d.categories[:3]),
        }
        rows.append(row)
    st.dataframe(rows, hide_index=True, key="dashboard_summary")


def history_section(snap: CampaignSnapshot, others: list[CampaignInfo]) -> None:
    st.subheader("历年对比")
    chosen = st.multiselect(
        "与这些评查活动对比",
        [c.id for c in others],
        default=[c.id for c in others if c.year != snap.campaign.year][:4],
        format_func={c.id: campaign_pick.label(c) for c in others}.get,
        key="dashboard_compare",
        placeholder="选择评查活动",
    )
    if not chosen:
        st.caption("选择往年的评查活动，比较各单位的平均分、优秀率和不合格率。")
        return
    cs = resources.campaigns()
    rows = year_over_year([snap, *(cs.snapshot(c) for c in chosen)])
    grades = grade_order(snap)
    table = [
        {
            "单位": r.unit,
            "年度": r.year,
            "评查活动": r.campaign,
            "评查数": r.reviewed,
            "平均分": num(r.mean_score),
            f"{grades[0]}率": pct(r.excellent_rate),
            f"{grades[-1]}率": pct(r.fail_rate),
        }
        for r in rows
    ]
    years = [r.year for r in rows if r.unit == "合计"]
    unique = len(years) == len(set(years))  # one campaign a year: the year names it
    data = pd.DataFrame(
        [
            {
                "单位": r.unit,
                "年度": f"{r.year}年" if unique else f"{r.year}年 {r.campaign}",
                "平均分": float(r.mean_score),
            }
            for r in rows
            if r.mean_score is not None
        ]
    )
    if not data.empty:
        chart = (
            alt.Chart(data)
            .mark_bar()
            .encode(
                y=alt.Y("单位:N", sort=list(dict.fromkeys(r.unit for r in rows)), title=None),
                yOffset="年度:N",
                x=alt.X("平均分:Q", scale=alt.Scale(domain=[0, 100]), title="平均分"),
                color=alt.Color("年度:N", legend=alt.Legend(orient="top", title=None)),
                tooltip=["单位", "年度", "平均分"],
            )
        )
        _chart(chart, "dashboard_chart_years", max(140, 26 * len(data)))
    st.dataframe(table, hide_index=True, key="dashboard_years")


def agreement_section(snap: CampaignSnapshot, report: AgreementReport) -> None:
    st.subheader("评查尺度一致性")
    s = report.summary
    if not s.dossiers:
        st.info("尚无两名评查人都已提交初评的案卷，暂不能比较评查尺度。")
        return
    c = st.columns(4)
    c[0].metric("交叉评查案卷", s.dossiers, border=True, help="两名及以上评查人都已提交初评的案卷")
    c[1].metric(
        "κ（合并）",
        "—" if s.items.kappa is None else f"{s.items.kappa:.2f}",
        border=True,
        help="Cohen's κ：逐卷逐项是否扣分的一致程度，1 为完全一致，0 为与随机一致",
    )
    c[2].metric("初评平均分差", num(s.mean_abs_diff), border=True)
    c[3].metric("分差超过阈值", s.over_threshold, border=True, help=f"复核阈值 {fmt(s.threshold)} 分")
    uneven = [
        p
        for p in report.pairs
        if p.over_threshold
        or (p.mean_abs_diff is not None and p.mean_abs_diff > s.threshold)
        or (p.items.kappa is not None and p.items.kappa <= LOW_KAPPA)
    ]
    for p in uneven:
        over = f"{p.over_threshold} 卷分差超过复核阈值，" if p.over_threshold else ""
        st.warning(
            f"尺度不统一：{p.a}（{p.a_unit}）与 {p.b}（{p.b_unit}）共评 {p.dossiers} 卷，{over}"
            f"平均分差 {num(p.mean_abs_diff)} 分，κ {kappa_text(p.items.kappa)}",
            icon=":material/balance:",
        )
    st.markdown("**评查人两两比较**")
    st.dataframe(
        [
            {
                "评查人甲": p.a,
                "甲单位": p.a_unit,
                "评查人乙": p.b,
                "乙单位": p.b_unit,
                "共评案卷": p.dossiers,
                "一致率": "—" if p.items.observed is None else f"{p.items.observed:.2%}",
                "κ": kappa_text(p.items.kappa),
                "平均分差": num(p.mean_abs_diff),
                "最大分差": num(p.max_abs_diff),
                "超阈值": p.over_threshold,
            }
            for p in report.pairs
        ],
        hide_index=True,
        key="dashboard_pairs",
    )
    rules = [r for r in report.rules if r.flagged]
    st.markdown("**各评查项的一致程度**（至少一人扣分的评查项，分歧多的在前）")
    if not rules:
        st.caption("初评中没有扣分项。")
        return
    st.dataframe(
        [
            {
                "编号": r.rule_id,
                "评查项": r.title,
                "类别": r.category,
                "κ": kappa_text(r.items.kappa),
                "扣分次数": r.flagged,
                "意见不一": r.disagreements,
                "不一致率": "—" if r.disagreement_rate is None else f"{r.disagreement_rate:.0%}",
                "单独扣分": "、".join(f"{x.reviewer}{x.count}次" for x in r.alone),
            }
            for r in rules
        ],
        hide_index=True,
        key="dashboard_rules",
    )


def recheck_section(snap: CampaignSnapshot) -> None:
    st.subheader("复核")
    rows = []
    for d in snap.dossiers:
        rechecks = [a for a in d.assignments if a.stage == Stage.RECHECK]
        if not rechecks:
            continue
        first = [a for a in d.first_reviews if a.score is not None]
        scores = [a.score for a in first if a.score is not None]
        for a in rechecks:
            rows.append(
                {
                    "案卷": d.id,
                    "单位": d.unit,
                    "文号": d.case_number,
                    "初评": "；".join(f"{x.reviewer} {fmt(x.score)}" for x in first if x.score is not None),
                    "分差": fmt(max(scores) - min(scores)) if scores else "",
                    "复核人": a.reviewer,
                    "状态": "已复核" if a.status == "done" else "待复核",
                    "最终": f"{fmt(d.final.score)} {d.final.grade}" if d.final else "",
                }
            )
    if not rows:
        st.caption("没有转复核的案卷。")
        return
    st.dataframe(rows, hide_index=True, key="dashboard_rechecks")


def machine_section(snap: CampaignSnapshot) -> None:
    m = machine_vs_final(snap)
    if not m.n:
        return
    st.subheader("机器初评与最终结果")
    c = st.columns(3)
    c[0].metric("比较案卷", m.n, border=True)
    c[1].metric("等次相同", f"{m.same_grade}/{m.n} 卷", border=True, help=f"占 {pct(m.same_share)}")
    c[2].metric("平均分差（最终−机器）", num(m.mean_diff), border=True, help=f"平均绝对分差 {num(m.mean_abs_diff)} 分")


# -- the page -------------------------------------------------------------------------------------------------------
st.title("活动看板")
cs = resources.campaigns()
infos = cs.campaigns()
info = campaign_pick.pick(infos, "dashboard_pick")
if info is None:
    st.info("还没有评查活动。请在“活动管理”页新建评查活动。")
    st.page_link("app_pages/campaigns.py", label="去活动管理", icon=":material/campaign:")
    st.stop()
try:
    snap = cs.snapshot(info.id)
except CampaignError as err:
    st.error(str(err), icon=":material/error:")
    st.stop()
total = overall_summary(snap)
grades = grade_order(snap)
cols = st.columns(6)
cols[0].metric("报送案卷", total.dossiers, border=True)
cols[1].metric("抽查", total.sampled, border=True)
cols[2].metric("已定分", total.reviewed, border=True)
cols[3].metric("平均分", num(total.mean_score), border=True)
cols[4].metric(f"{grades[0]}率", short_pct(total.shares[grades[0]]), border=True)
cols[5].metric(f"{grades[-1]}率", short_pct(total.shares[grades[-1]]), border=True, help=f"其中否决 {total.vetoed} 卷")
if not total.reviewed:
    st.info("尚无已定分的案卷：评查人提交初评后，在“活动管理”页定分，这里即显示统计。")
left, right = st.columns(2, gap="large")
with left:
    st.subheader("各单位等次")
    grades_chart(snap)
with right:
    st.subheader("分数分布")
    distribution_chart(snap)
st.subheader("主要扣分项")
deductions_chart(snap)
st.subheader("汇总统计表")
summary_table(snap)
agreement_section(snap, agreement(snap, installed_packs(snap)))
recheck_section(snap)
machine_section(snap)
others = [c for c in infos if c.id != info.id]
if others:
    history_section(snap, others)
