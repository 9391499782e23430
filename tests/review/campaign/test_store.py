"""The campaign store: creating campaigns, 抽查 and assignment as recorded, the reviewer's workspace opened from the
machine result, submission of the effective report as 问题清单 lines, reopening, and the blind reviewer view."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from review.campaign.model import CampaignError, SampleRule, Stage
from review.campaign.store import CampaignStore
from review.workspace import Action, Decision, now
from tests.review.campaign.workflow_data import UNIT_OF, corpus, ready_campaign, run_machine


def test_create_get_and_list(db_url: str) -> None:
    cs = CampaignStore(db_url)
    cid = cs.create("2025年度行政处罚案卷评查", 2025, "penalty-general", scope="2024年度已办结的一般程序案卷")
    other = cs.create("2025年度简易程序案卷抽查", 2025, "", profile="sichuan", recheck_threshold=Decimal("3"))
    assert re.fullmatch(r"2025-[0-9a-f]{6}", cid) and cid != other
    info = cs.get(cid)
    assert (info.name, info.year, info.checklist, info.profile) == (
        "2025年度行政处罚案卷评查",
        2025,
        "penalty-general",
        "national",
    )
    assert [(b.grade, b.min) for b in info.bands] == [("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", 0)]
    assert info.recheck_threshold == 5 and info.per_dossier == 2 and info.sample is None
    assert cs.get(other).recheck_threshold == 3 and cs.get(other).checklist == ""
    assert {c.id for c in cs.campaigns()} == {cid, other}
    with pytest.raises(CampaignError, match="没有评查活动“2025-000000”"):
        cs.get("2025-000000")
    with pytest.raises(CampaignError, match="没有这个评查标准（已安装："):
        cs.create("错误的标准", 2025, "no-such-pack")
    with pytest.raises(CampaignError, match="没有这个地区配置"):
        cs.create("错误的地区", 2025, "penalty-general", profile="beijing")
    with pytest.raises(CampaignError, match="名称"):
        cs.create("  ", 2025, "penalty-general")
    cs.close()


def test_sample_is_recorded_and_cannot_be_redrawn_once_assigned(db_url: str) -> None:
    c = corpus()
    cs = CampaignStore(db_url)
    cid = cs.create("2025年度行政处罚案卷评查", 2025, "penalty-general")
    cs.import_dossiers(cid, c.root, c.list_csv)
    cs.import_reviewers(cid, c.reviewers_csv)
    with pytest.raises(CampaignError, match="还没有抽查"):
        cs.assign(cid, 1)
    rule = SampleRule(mode="ratio", ratio=Decimal("0.5"), min=1)
    first = cs.sample(cid, rule, 9)
    assert [(u.submitted, u.selected) for u in first.units] == [(3, 2), (2, 1), (1, 1)]
    redraw = cs.sample(cid, rule, 10)  # allowed before any assignment: replaces the draw
    info = cs.get(cid)
    assert info.sample == rule and info.sample_seed == 10 and redraw.selected == 4
    sampled = {d.id for d in cs.snapshot(cid).dossiers if d.sampled}
    assert len(sampled) == 4

    result = cs.assign(cid, 21)
    assert result.created == 8 and result.per_dossier == 2 and cs.get(cid).assign_seed == 21
    assert max(result.loads.values()) - min(result.loads.values()) <= 1
    lines = cs.assignments(cid)
    assert {x.dossier_id for x in lines} == sampled
    assert all(x.stage == Stage.FIRST and x.status == "pending" and x.reviewer_unit != x.unit for x in lines)
    assert all(UNIT_OF[x.reviewer] == x.reviewer_unit for x in lines)
    assert lines[0].file and lines[0].case_number  # the 分配表 carries the list's columns
    assert cs.assign(cid, 21).created == 0  # every sampled dossier already has its 初评
    with pytest.raises(CampaignError, match="不能重新抽查"):
        cs.sample(cid, SampleRule(mode="all"), 1)
    cs.close()


def test_a_workspace_needs_the_machine_result(db_url: str) -> None:
    cs, cid = ready_campaign(db_url, machine=False)
    line = cs.assignments(cid)[0]
    with pytest.raises(CampaignError, match=f"尚无机器初评结果；请先运行 anjuan campaign review {cid}"):
        cs.open_assignment(line.assignment_id)
    run_machine(cs, cid)
    review_id = cs.open_assignment(line.assignment_id)
    assert cs.open_assignment(line.assignment_id) == review_id
    summary = cs.store.summary(review_id)
    assert summary.reviewer == line.reviewer and summary.requested_pack == "penalty-general"
    machine = next(d.machine for d in cs.snapshot(cid).dossiers if d.id == line.dossier_id)
    assert machine is not None and summary.total == f"{machine.score.normalize():f}"
    with pytest.raises(CampaignError, match="没有编号为 999999 的评查任务"):
        cs.open_assignment(999999)
    cs.close()


def test_submit_takes_the_reviewers_effective_report(db_url: str) -> None:
    cs, cid = ready_campaign(db_url)
    snap = cs.snapshot(cid)
    dossier = next(d for d in snap.dossiers if d.machine and len(d.machine.problems) >= 2 and not d.machine.veto)
    first = dossier.first_reviews[0]
    review_id = cs.open_assignment(first.id)
    rejected = dossier.machine.problems[0]
    cs.store.decide(
        review_id, Decision(action=Action.REJECT, target=rejected.rule_id, reviewer=first.reviewer, at=now())
    )
    cs.store.decide(
        review_id,
        Decision(
            action=Action.ADD,
            target="评查人-1",
            reviewer=first.reviewer,
            at=now(),
            points=Decimal("1.5"),
            text="询问笔录未记载询问地点",
            category="文书",
            basis="《市场监督管理行政处罚程序规定》第二十二条",
        ),
    )
    result = cs.submit(first.id)
    assert result.status == "done" and result.stage == Stage.FIRST
    assert result.score == dossier.machine.score + rejected.points - Decimal("1.5")
    rules = [p.rule_id for p in result.problems]
    assert rejected.rule_id not in rules and "评查人-1" in rules
    assert set(rules) - {"评查人-1"} == {p.rule_id for p in dossier.machine.problems[1:]}
    added = next(p for p in result.problems if p.rule_id == "评查人-1")
    assert added.category == "文书" and added.points == Decimal("1.5") and added.document == ""
    assert added.suggestion == "按《市场监督管理行政处罚程序规定》第二十二条的规定予以纠正：询问笔录未记载询问地点。"
    machine_rule = next(p for p in result.problems if p.rule_id != "评查人-1")
    assert machine_rule.suggestion.endswith("。") and "做到" in machine_rule.suggestion and machine_rule.basis

    stored = next(a for d in cs.snapshot(cid).dossiers for a in d.assignments if a.id == first.id)
    assert stored == result
    with pytest.raises(CampaignError, match="已提交"):
        cs.submit(first.id)
    cs.reopen(first.id)
    reopened = next(a for d in cs.snapshot(cid).dossiers for a in d.assignments if a.id == first.id)
    assert reopened.status == "pending" and reopened.score is None and reopened.review_id == review_id
    assert cs.submit(first.id).score == result.score  # the workspace and its decisions are kept
    with pytest.raises(CampaignError, match="尚未提交"):
        cs.reopen(dossier.first_reviews[1].id)
    cs.close()


def test_machine_problems_come_from_the_stored_report(db_url: str) -> None:
    cs, cid = ready_campaign(db_url)
    vetoed = next(d for d in cs.snapshot(cid).dossiers if d.machine and d.machine.veto)
    m = vetoed.machine
    assert m.score == 0 and m.grade == "不合格" and m.pack.startswith("penalty-general@")
    assert any(p.veto for p in m.problems)
    veto = next(p for p in m.problems if p.veto)
    assert veto.suggestion.endswith("（否决项，须重点整改）") and veto.basis and veto.title
    assert all(re.fullmatch(r"(\d+(–\d+)?)(、\d+(–\d+)?)*|", p.pages) for p in m.problems)
    assert any(p.pages for p in m.problems)
    cs.close()


def test_a_reviewer_sees_only_their_own_assignments(db_url: str) -> None:
    cs, cid = ready_campaign(db_url)
    full = cs.snapshot(cid)
    for d in full.dossiers:  # everyone submits the machine result as it is
        for a in d.first_reviews:
            cs.submit(a.id)
    view = cs.snapshot_for_reviewer(cid, "张三")
    mine = {d.id for d in full.dossiers if any(a.reviewer == "张三" for a in d.assignments)}
    assert {d.id for d in view.dossiers} == mine and mine
    assert all(a.reviewer == "张三" for d in view.dossiers for a in d.assignments)
    assert all(d.unit != UNIT_OF["张三"] for d in view.dossiers)
    assert all(d.machine is not None for d in view.dossiers)
    with pytest.raises(CampaignError, match="没有评查人“周九”"):
        cs.snapshot_for_reviewer(cid, "周九")
    cs.close()
