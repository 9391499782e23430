"""初评 → 复核 → final: agreeing 初评 give the mean (graded with the campaign's bands, a veto → 0 and 不合格), a spread
over the threshold or differing veto decisions send the dossier to an eligible 复核 reviewer, a 复核 sets the final,
and reconciling again changes nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checklists.model import GradeBand
from review.campaign.model import (
    AssignmentResult,
    CampaignDossier,
    CampaignError,
    CampaignInfo,
    CampaignSnapshot,
    FinalResult,
    Problem,
    Reviewer,
    Stage,
)
from review.campaign.reconcile import merged_problems, reconcile
from review.campaign.stats import unit_summary
from review.workspace import Action, Decision, now
from tests.review.campaign.workflow_data import UNIT_OF, ready_campaign

SCJG = "成都市青羊区市场监督管理局"
HBJ = "成都市青羊区生态环境局"
SFJ = "成都市青羊区司法局"
BANDS = (
    GradeBand(grade="优秀", min=Decimal(90)),
    GradeBand(grade="良好", min=Decimal(80)),
    GradeBand(grade="合格", min=Decimal(60)),
    GradeBand(grade="不合格", min=Decimal(0)),
)
REVIEWERS = (
    Reviewer(name="张伟", unit=HBJ),
    Reviewer(name="李娜", unit=SFJ),
    Reviewer(name="王强", unit=SCJG),
    Reviewer(name="刘洋", unit=SFJ),
    Reviewer(name="陈静", unit=HBJ),
)
UNIT = {r.name: r.unit for r in REVIEWERS}


def problem(rule: str, points: str, description: str = "", veto: bool = False) -> Problem:
    titles = {
        "PG-D04": ("文书", "处罚决定书载明罚没款的履行方式和期限（自收到决定书之日起十五日内缴纳）"),
        "PG-C01": ("主体", "调查、检查笔录由两名以上执法人员制作"),
        "PG-A04": ("程序", "作出行政处罚决定前制发了行政处罚告知书"),
    }
    category, title = titles.get(rule, ("文书", description))
    return Problem(
        rule_id=rule,
        category=category,
        title=title,
        description=description or title,
        basis="《中华人民共和国行政处罚法》第五十九条",
        points=Decimal(points),
        veto=veto,
    )


def first(n: int, name: str, score: str | None, veto: bool = False, problems=()) -> AssignmentResult:
    done = score is not None
    return AssignmentResult(
        id=n,
        reviewer=name,
        unit=UNIT[name],
        stage=Stage.FIRST,
        status="done" if done else "pending",
        score=Decimal(score) if done else None,
        veto=veto if done else None,
        problems=tuple(problems),
    )


def dossier(did: str, *assignments: AssignmentResult, final: FinalResult | None = None) -> CampaignDossier:
    return CampaignDossier(
        id=did,
        unit=SCJG,
        file=f"市场局/案卷{did}.pdf",
        dossier_key="k" + did,
        sampled=True,
        assignments=assignments,
        final=final,
    )


def snapshot(*dossiers: CampaignDossier, reviewers=REVIEWERS) -> CampaignSnapshot:
    info = CampaignInfo(
        id="2025-a1b2c3",
        name="2025年度行政处罚案卷评查",
        year=2025,
        checklist="penalty-general",
        profile="national",
        bands=BANDS,
        recheck_threshold=Decimal(5),
        assign_seed=17,
    )
    return CampaignSnapshot(campaign=info, reviewers=reviewers, dossiers=dossiers)


def test_agreeing_first_reviews_give_the_mean_and_the_union_of_problems() -> None:
    a = first(1, "张伟", "86.5", problems=[problem("PG-D04", "2"), problem("PG-C01", "3")])
    b = first(2, "李娜", "84", problems=[problem("PG-D04", "1.5"), problem("PG-A04", "2")])
    plan = reconcile(snapshot(dossier("7", a, b)))
    (v,) = plan.verdicts
    assert v.status == "agreed" and v.spread == Decimal("2.5")
    f = v.final
    assert f is not None
    assert (f.score, f.grade, f.veto, f.method, f.by) == (
        Decimal("85.25"),
        "良好",
        False,
        "一致",
        "初评一致：张伟、李娜",
    )
    assert [(p.rule_id, p.points) for p in f.problems] == [
        ("PG-D04", Decimal(2)),  # the first reviewer's points
        ("PG-C01", Decimal(3)),
        ("PG-A04", Decimal(2)),
    ]


def test_the_mean_is_rounded_to_a_cent_and_graded_by_the_bands() -> None:
    plan = reconcile(snapshot(dossier("1", first(1, "张伟", "89.99"), first(2, "李娜", "90"), first(3, "刘洋", "90"))))
    f = plan.verdicts[0].final
    assert f is not None and f.score == Decimal("90.00") and f.grade == "优秀"


def test_a_spread_over_the_threshold_goes_to_an_eligible_least_loaded_reviewer() -> None:
    busy = dossier("2", first(3, "陈静", "90"), first(4, "李娜", "91"))  # 陈静 already has work
    split = dossier("1", first(1, "张伟", "92"), first(2, "李娜", "85"))
    plan = reconcile(snapshot(split, busy))
    v = plan.verdicts[0]
    assert v.status == "recheck" and v.spread == Decimal(7)
    # not 王强 (the dossier's own unit), not 张伟 or 李娜 (its 初评), 刘洋 has less work than 陈静
    assert v.recheck_reviewer == "刘洋"
    assert plan.verdicts[1].status == "agreed"
    assert reconcile(snapshot(split, busy)) == plan  # seeded: the same choice every time
    at_threshold = reconcile(snapshot(dossier("1", first(1, "张伟", "90"), first(2, "李娜", "85"))))
    assert at_threshold.verdicts[0].status == "agreed"  # exactly 5 apart is not "more than"
    stricter = reconcile(snapshot(dossier("1", first(1, "张伟", "90"), first(2, "李娜", "85"))), Decimal(4))
    assert stricter.verdicts[0].status == "recheck" and stricter.threshold == 4


def test_differing_veto_decisions_go_to_recheck_and_shared_vetoes_grade_lowest() -> None:
    veto = problem("PG-A04", "0", veto=True)
    differ = reconcile(snapshot(dossier("1", first(1, "张伟", "0", True, [veto]), first(2, "李娜", "3"))))
    assert differ.verdicts[0].status == "recheck"  # 3 points apart, but one found a 否决项
    both = reconcile(snapshot(dossier("1", first(1, "张伟", "0", True, [veto]), first(2, "李娜", "0", True, [veto]))))
    f = both.verdicts[0].final
    assert f is not None and (f.score, f.grade, f.veto) == (Decimal(0), "不合格", True)


def test_waiting_rechecked_and_already_final_dossiers() -> None:
    recheck_done = AssignmentResult(
        id=9, reviewer="刘洋", unit=SFJ, stage=Stage.RECHECK, status="done", score=Decimal("78.5"), grade="合格",
        veto=False, problems=(problem("PG-C01", "3"),),
    )  # fmt: skip
    recheck_pending = recheck_done.model_copy(update={"status": "pending", "score": None})
    final = FinalResult(score=Decimal(88), grade="良好", veto=False, by="初评一致：张伟、李娜", method="一致")
    plan = reconcile(
        snapshot(
            dossier("1", first(1, "张伟", "90"), first(2, "李娜", None)),
            dossier("2", first(3, "张伟", "95"), first(4, "李娜", "70"), recheck_done),
            dossier("3", first(5, "张伟", "95"), first(6, "李娜", "70"), recheck_pending),
            dossier("4", first(7, "张伟", "88"), first(8, "李娜", "88"), final=final),
            dossier("5"),  # sampled, not yet assigned
        )
    )
    assert [v.status for v in plan.verdicts] == ["waiting", "rechecked", "pending_recheck", "final", "waiting"]
    f = plan.verdicts[1].final
    assert f is not None and (f.score, f.grade, f.method, f.by) == (Decimal("78.50"), "合格", "复核", "刘洋")
    assert plan.count("waiting") == 2


def test_no_eligible_recheck_reviewer_is_an_error_naming_the_dossier() -> None:
    few = (Reviewer(name="张伟", unit=HBJ), Reviewer(name="李娜", unit=SFJ), Reviewer(name="王强", unit=SCJG))
    snap = snapshot(dossier("1", first(1, "张伟", "95"), first(2, "李娜", "70")), reviewers=few)
    with pytest.raises(CampaignError, match=r"没有可以复核的评查人.*市场局/案卷1\.pdf（成都市青羊区市场监督管理局）"):
        reconcile(snap)


def test_reviewers_own_problems_are_kept_apart_by_description() -> None:
    a = first(1, "张伟", "90", problems=[problem("评查人-1", "1", "询问笔录未记载询问地点")])
    b = first(2, "李娜", "90", problems=[problem("评查人-1", "1", "送达回证未注明送达方式"), problem("PG-D04", "2")])
    c = first(3, "刘洋", "90", problems=[problem("评查人-1", "2", "询问笔录未记载询问地点")])
    merged = merged_problems([a, b, c])
    assert [(p.rule_id, p.description, p.points) for p in merged] == [
        ("评查人-1", "询问笔录未记载询问地点", Decimal(1)),
        ("评查人-1", "送达回证未注明送达方式", Decimal(1)),
        ("PG-D04", problem("PG-D04", "2").description, Decimal(2)),
    ]


# -- the store: the whole 初评 → 复核 → final path on generated dossiers --------------------------------------------
def test_reconcile_in_the_store_from_first_reviews_to_finals(db_url: str) -> None:
    cs, cid = ready_campaign(db_url)
    snap = cs.snapshot(cid)
    split = next(d for d in snap.dossiers if d.machine and not d.machine.veto)
    for d in snap.dossiers:
        for n, a in enumerate(d.first_reviews):
            if d.id == split.id and n == 1:  # the second reviewer finds an 8-point problem the first did not
                review_id = cs.open_assignment(a.id)
                cs.store.decide(
                    review_id,
                    Decision(
                        action=Action.ADD, target="评查人-1", reviewer=a.reviewer, at=now(), points=Decimal(8),
                        text="未对当事人的陈述申辩意见进行复核", category="程序",
                    ),
                )  # fmt: skip
            cs.submit(a.id)
    first_plan = cs.reconcile(cid)
    assert (first_plan.count("agreed"), first_plan.count("recheck")) == (5, 1)
    (recheck,) = [x for x in cs.assignments(cid) if x.stage == Stage.RECHECK]
    assert recheck.dossier_id == split.id and recheck.status == "pending"
    assert recheck.reviewer not in {a.reviewer for a in split.first_reviews}
    assert UNIT_OF[recheck.reviewer] != split.unit

    again = cs.reconcile(cid)  # idempotent: nothing new
    assert (again.count("final"), again.count("pending_recheck"), again.count("recheck")) == (5, 1, 0)
    assert len(cs.assignments(cid)) == 13
    agreed = next(d for d in cs.snapshot(cid).dossiers if d.id != split.id)
    assert agreed.final is not None and agreed.final.method == "一致"
    assert agreed.final.by == "初评一致：" + "、".join(a.reviewer for a in agreed.first_reviews)
    assert agreed.final.score == agreed.machine.score and agreed.final.problems == agreed.machine.problems
    with pytest.raises(CampaignError, match="已有最终结果，不能再退回修改"):
        cs.reopen(agreed.first_reviews[0].id)

    result = cs.submit(recheck.assignment_id)  # the 复核 accepts the machine result as it is
    after = next(d for d in cs.snapshot(cid).dossiers if d.id == split.id)
    assert after.final is not None and after.final.method == "复核" and after.final.by == recheck.reviewer
    assert after.final.score == result.score == split.machine.score
    last = cs.reconcile(cid)
    assert last.count("final") == 6 and len(last.verdicts) == 6
    summary = unit_summary(cs.snapshot(cid))
    assert sum(u.reviewed for u in summary) == 6
    cs.close()
