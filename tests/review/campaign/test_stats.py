"""Campaign statistics from a realistic snapshot, every number worked out by hand from report_data.py."""

from __future__ import annotations

from decimal import Decimal

import pytest

from review.campaign.issues import common_issues, example_line, issue_rows, issues_by_unit, mask_parties
from review.campaign.model import CampaignError, FinalResult
from review.campaign.stats import (
    category_counts,
    grade_matrix,
    machine_vs_final,
    overall_detail,
    overall_summary,
    score_distribution,
    top_deductions,
    unit_details,
    unit_summary,
    year_over_year,
)
from tests.review.campaign.report_data import HBJ, JTJ, SCJG, WHZF, empty_snapshot, make_snapshot

D = Decimal


def test_unit_summary_keeps_its_behaviour():
    rows = {s.unit: s for s in unit_summary(make_snapshot())}
    assert list(rows) == [SCJG, HBJ, WHZF, JTJ]
    m = rows[SCJG]  # 100, 98, 95.5, 85 (复核)
    assert (m.dossiers, m.sampled, m.reviewed, m.vetoed) == (4, 4, 4, 0)
    assert m.grades == {"优秀": 3, "良好": 1, "合格": 0, "不合格": 0}
    assert m.shares["优秀"] == D("75.00") and m.mean_score == D("94.63")
    e = rows[HBJ]  # 97.5, 0 (否决: 一名执法人员制作笔录), 96.5
    assert e.vetoed == 1 and e.grades["不合格"] == 1 and e.mean_score == D("64.67")
    t = rows[JTJ]
    assert (t.dossiers, t.sampled, t.reviewed, t.mean_score) == (2, 1, 0, None)
    total = overall_summary(make_snapshot())
    assert (total.unit, total.dossiers, total.reviewed) == ("合计", 12, 9)
    assert total.mean_score == D("83.06")  # 747.5 / 9
    assert total.shares == {"优秀": D("66.67"), "良好": D("11.11"), "合格": D("11.11"), "不合格": D("11.11")}


def test_score_distribution_in_bins_of_ten_and_five():
    bins = score_distribution(make_snapshot(), 10)
    assert [b.label for b in bins][:2] == ["[0,10)", "[10,20)"] and bins[-1].label == "[90,100]"
    counts = {b.label: b.count for b in bins if b.count}
    assert counts == {"[0,10)": 1, "[70,80)": 1, "[80,90)": 1, "[90,100]": 6}
    five = {b.label: b.count for b in score_distribution(make_snapshot(), 5) if b.count}
    assert five == {"[0,5)": 1, "[75,80)": 1, "[85,90)": 1, "[95,100]": 6}  # 100 sits in the last bin
    assert sum(b.count for b in score_distribution(empty_snapshot())) == 0
    with pytest.raises(CampaignError, match="分数段宽度"):
        score_distribution(make_snapshot(), 7)


def test_grades_by_unit_for_charts():
    m = grade_matrix(make_snapshot())
    assert m.grades == ("优秀", "良好", "合格", "不合格")
    assert {r.unit: r.counts for r in m.rows} == {
        SCJG: (3, 1, 0, 0),
        HBJ: (2, 0, 0, 1),
        WHZF: (1, 0, 1, 0),
        JTJ: (0, 0, 0, 0),
    }


def test_most_frequent_deductions():
    rows = top_deductions(make_snapshot())
    first = rows[0]
    # PG-H01 in the finals of 青市监处罚31号, 45号, 58号 (复核) and 青环罚17号: 4 dossiers, 2 units, 1 point each
    assert (first.rule_id, first.category, first.dossiers, first.units, first.total_points) == (
        "PG-H01",
        "法律适用",
        4,
        2,
        D(4),
    )
    c01 = next(r for r in rows if r.rule_id == "PG-C01")
    assert (c01.dossiers, c01.veto, c01.total_points) == (1, True, D(5))
    assert [r.dossiers for r in rows] == sorted((r.dossiers for r in rows), reverse=True)
    assert len(top_deductions(make_snapshot(), limit=3)) == 3
    assert top_deductions(empty_snapshot()) == []


def test_categories_unreadable_and_pending():
    details = {d.unit: d for d in unit_details(make_snapshot())}
    assert (details[JTJ].unreadable, details[JTJ].pending) == (1, 1)  # the broken PDF; the unsampled file is not due
    assert (details[WHZF].unreadable, details[WHZF].pending) == (0, 1)  # 王强 has not submitted
    assert details[SCJG].problems == 2 + 3 + 6  # 31号: H01 G10; 45号: G01 D06 H01; 58号 (复核): six
    total = overall_detail(make_snapshot())
    assert (total.unreadable, total.pending, total.problems) == (1, 2, 28)
    cats = {c.category: (c.dossiers, c.problems) for c in category_counts(make_snapshot().dossiers)}
    assert cats["法律适用"] == (6, 10) and cats["主体"] == (1, 1)
    assert sum(p for _, p in cats.values()) == 28


def test_machine_against_final():
    m = machine_vs_final(make_snapshot())
    # 9 finals, all with a readable machine pass; only 青文执罚〔2025〕6号 differs (machine 91 优秀, final 75.5 合格)
    assert (m.n, m.same_grade, m.same_share) == (9, 8, D("88.89"))
    assert m.mean_abs_diff == D("2.50")  # 22.5 / 9
    assert m.mean_diff == D("-2.17")  # −19.5 / 9: the reviewers found more than the machine
    assert dict(((a, b), n) for a, b, n in m.confusion) == {
        ("优秀", "优秀"): 6,
        ("优秀", "合格"): 1,
        ("良好", "良好"): 1,
        ("不合格", "不合格"): 1,
    }
    none = machine_vs_final(empty_snapshot())
    assert (none.n, none.same_share, none.mean_diff) == (0, D("0.00"), None)


def _last_year():
    """The same units a year earlier: every final 8 points lower, so fewer reach 优秀."""
    snap = make_snapshot()
    name = "2024年度青羊区行政执法案卷交叉评查"
    info = snap.campaign.model_copy(update={"id": "2024-a1b2c3", "name": name, "year": 2024})
    dossiers = []
    for d in snap.dossiers:
        if d.final is not None:
            score = max(d.final.score - 8, D(0))
            grade = "优秀" if score >= 90 else "良好" if score >= 80 else "合格" if score >= 60 else "不合格"
            d = d.model_copy(update={"final": FinalResult(**{**d.final.model_dump(), "score": score, "grade": grade})})
        dossiers.append(d)
    return snap.model_copy(update={"campaign": info, "dossiers": tuple(dossiers)})


def test_year_over_year():
    rows = year_over_year([make_snapshot(), _last_year()])
    scjg = [r for r in rows if r.unit == SCJG]
    assert [r.year for r in scjg] == [2024, 2025]
    # 2024: 92, 90, 87.5, 77 → 优秀 2 of 4; 2025: 优秀 3 of 4
    assert (scjg[0].mean_score, scjg[0].excellent_rate, scjg[0].fail_rate) == (D("86.63"), D("50.00"), D("0.00"))
    assert (scjg[1].mean_score, scjg[1].excellent_rate) == (D("94.63"), D("75.00"))
    total = [r for r in rows if r.unit == "合计"]
    assert [r.reviewed for r in total] == [9, 9] and rows[-1].unit == "合计"
    assert total[1].fail_rate == D("11.11")


def test_issue_rows_per_unit():
    snap = make_snapshot()
    rows = issue_rows(snap)
    assert len(rows) == 28
    first = rows[0]
    assert (first.unit, first.case_number, first.rule_id) == (SCJG, "青市监处罚〔2025〕31号", "PG-G10")
    assert (first.category, first.location, first.points) == ("归档", "卷内目录　第1页", D(2))
    assert first.basis.startswith("测绘地理信息行政处罚案卷评查标准") and first.suggestion
    veto = next(r for r in rows if r.rule_id == "PG-C01")
    assert veto.veto and veto.location == "询问笔录　第6–8页"
    by_unit = issues_by_unit(snap)
    assert list(by_unit) == [SCJG, HBJ, WHZF, JTJ]
    assert [len(v) for v in by_unit.values()] == [11, 6, 11, 0]
    # vetoes first within a dossier
    hbj = by_unit[HBJ]
    assert [r.rule_id for r in hbj if r.case_number == "青环罚〔2025〕9号"] == ["PG-C01", "PG-D04"]


def test_common_issues_by_frequency_with_examples_from_different_units():
    issues = common_issues(make_snapshot())
    assert issues[0].rule_id == "PG-H01" and (issues[0].dossiers, issues[0].units, issues[0].problems) == (4, 2, 4)
    assert [i.dossiers for i in issues] == sorted((i.dossiers for i in issues), reverse=True)
    ex = issues[0].examples
    assert len(ex) == 2 and ex[0].unit != ex[1].unit and all(e.quote for e in ex)
    single = next(i for i in issues if i.rule_id == "PG-C01")
    assert len(single.examples) == 1 and single.veto


def test_examples_for_reports_hide_the_parties():
    masked = mask_parties("经查，当事人成都蓉城商贸有限公司于2025年3月销售过期食品")
    assert masked == "经查，当事人某某有限公司于2025年3月销售过期食品"
    assert mask_parties("依据《中华人民共和国公司法》第十条") == "依据《中华人民共和国公司法》第十条"
    assert mask_parties("签收人：王小明，未注明关系") == "签收人：某某，未注明关系"
    assert "91510105MA6C5L2X1T" not in mask_parties("统一社会信用代码有误：91510105MA6C5L2X1T")
    assert "510105199001011234" not in mask_parties("身份证号码有误：510105199001011234")
    g01 = next(i for i in common_issues(make_snapshot()) if i.rule_id == "PG-G01")
    line = example_line(g01.examples[0], g01.rule_id)
    assert line.startswith("青市监处罚〔2025〕45号：") and "蓉城" not in line and "王小明" not in line
