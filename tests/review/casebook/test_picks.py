"""Campaign picks: the 优秀 and 不合格 files and the most frequent problems of a campaign, and their drafts — from the
review that settled a file, from the campaign's machine pass, or from the problem line a reviewer wrote."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checklists.model import GradeBand
from review.campaign.model import (
    AssignmentResult,
    CampaignDossier,
    CampaignInfo,
    CampaignSnapshot,
    FinalResult,
    MachineResult,
    Problem,
    Reviewer,
    Stage,
)
from review.campaign.problems import problems_from_report
from review.campaign.store import CampaignStore
from review.casebook.model import CasebookError, CaseKind
from review.casebook.picks import candidates, draft_candidate
from review.storage.store import Store
from tests.review.casebook.conftest import Reviewed, campaign_with_machine_pass, store_review

BANDS = (
    GradeBand(grade="优秀", min=Decimal(90)),
    GradeBand(grade="合格", min=Decimal(60)),
    GradeBand(grade="不合格", min=Decimal(0)),
)


def problem(rule: str, points: str, quote: str = "", veto: bool = False, category: str = "文书") -> Problem:
    titles = {
        "PG-D05": "处罚决定书告知申请行政复议（六十日）和提起行政诉讼（六个月）的途径和期限",
        "PG-H01": "首次引用法律使用《中华人民共和国××法》全称",
        "PG-E01": "拟作出较大数额罚款、吊销、责令停产停业等处罚的，告知了当事人要求听证的权利",
        "PG-B04": "陈述申辩期限届满后（或当事人已陈述申辩、明确放弃后）方作出处罚决定",
        "PG-G03": "身份证号码校验正确且各文书一致",
    }
    return Problem(
        rule_id=rule,
        category=category,
        title=titles[rule],
        description=f"{titles[rule]}：未做到",
        basis="《中华人民共和国行政处罚法》第五十九条",
        quote=quote,
        points=Decimal(points),
        veto=veto,
    )


def final(score: str, grade: str, *problems: Problem, veto: bool = False) -> FinalResult:
    return FinalResult(
        score=Decimal(score), grade=grade, veto=veto, by="初评一致：张三、李四", method="一致", problems=problems
    )


def dossier(
    i: int,
    unit: str,
    name: str,
    fin: FinalResult | None = None,
    machine: MachineResult | None = None,
    review_id: int | None = None,
) -> CampaignDossier:
    assignments = ()
    if review_id is not None:
        assignments = (
            AssignmentResult(
                id=100 + i,
                reviewer="王五",
                unit="成都市司法局",
                stage=Stage.RECHECK,
                status="done",
                review_id=review_id,
            ),
        )
    return CampaignDossier(
        id=str(i),
        unit=unit,
        file=f"{unit}/{i}.pdf",
        case_name=name,
        dossier_key=f"k{i}",
        sampled=True,
        final=fin,
        machine=machine,
        assignments=assignments,
    )


def snapshot(*dossiers: CampaignDossier) -> CampaignSnapshot:
    info = CampaignInfo(
        id="2025-a1b2c3",
        name="2025年度行政处罚案卷评查",
        year=2025,
        checklist="",
        profile="national",
        bands=BANDS,
        recheck_threshold=Decimal(5),
    )
    return CampaignSnapshot(
        campaign=info, reviewers=(Reviewer(name="张三", unit="成都市青羊区司法局"),), dossiers=dossiers
    )


def test_excellent_failing_and_frequent_problems_are_proposed() -> None:
    d05_quote = "如不服本决定，可以依法申请行政复议或者提起行政诉讼。"
    snap = snapshot(
        dossier(1, "成都市青羊区市场监督管理局", "某超市销售超过保质期的食品案", final("96", "优秀")),
        dossier(
            2, "成都市双流区商务局", "某回收站擅自从事报废机动车回收案", final("92", "优秀", problem("PG-H01", "1"))
        ),
        dossier(
            3,
            "成都市成华区应急管理局",
            "某餐馆未安装可燃气体报警装置案",
            final(
                "0",
                "不合格",
                problem("PG-B04", "3", category="程序"),
                problem("PG-G03", "2"),
                problem("PG-E01", "5", veto=True, category="程序"),
                veto=True,
            ),
            review_id=41,
        ),
        dossier(
            4,
            "成都市青羊区市场监督管理局",
            "某公司虚假广告案",
            final("85", "合格", problem("PG-D05", "3"), problem("PG-H01", "1")),
        ),
        dossier(
            5,
            "成都市双流区文化体育和旅游局",
            "某网吧接纳未成年人案",
            final("88", "合格", problem("PG-D05", "3", d05_quote), problem("PG-H01", "1")),
        ),
        dossier(
            6,
            "成都市成华区市场监督管理局",
            "某店未明码标价案",
            machine=MachineResult(
                score=Decimal(70),
                grade="合格",
                veto=False,
                pack="penalty-general@2025.1",
                problems=(problem("PG-D05", "3"),),
            ),
        ),
        dossier(
            7,
            "成都市成华区市场监督管理局",
            "读不出的案卷",
            machine=MachineResult(
                score=Decimal(0), grade="不合格", veto=False, pack="penalty-general@2025.1", error="文件损坏，无法读取"
            ),
        ),
    )
    picks = candidates(snap, top=2)
    assert [(c.kind, c.dossier_id, c.rule_ids) for c in picks] == [
        (CaseKind.POSITIVE, "1", ()),
        (CaseKind.POSITIVE, "2", ()),
        (CaseKind.NEGATIVE, "3", ("PG-E01", "PG-B04", "PG-G03")),  # the veto first, then by points
        (CaseKind.NEGATIVE, "5", ("PG-D05",)),  # 3 files; the one with a quote to print
        (CaseKind.NEGATIVE, "2", ("PG-H01",)),  # 3 files, same points, none quoted: list order
    ]
    assert picks[0].reason == "优秀案卷（96分）" and picks[0].unit == "成都市青羊区市场监督管理局"
    assert picks[2].reason == "不合格案卷（否决项）" and picks[2].review_id == 41
    assert picks[3].reason == "高频问题：决定书未告知复议、诉讼途径和期限（3卷）" and picks[3].count == 3
    assert picks[4].reason == "高频问题：首次引用法律未使用全称（3卷）"
    assert candidates(snapshot()) == ()


def test_a_pick_with_a_review_is_drafted_from_the_reviewers_report(db_url: str, reviewed: dict[str, Reviewed]) -> None:
    r = reviewed["env"]
    store = Store(db_url)
    try:
        rid = store_review(store, r)
        problems = {p.rule_id: p for p in problems_from_report(r.report)}
        own = Problem(
            rule_id="评查人-1",
            category="程序",
            title="未附现场照片",
            description="现场检查笔录记载拍摄了照片，卷内未见照片",
            basis="《中华人民共和国行政处罚法》第四十六条",
            document="现场检查(勘验)笔录",
            pages="5",
            points=Decimal(2),
            suggestion="将现场照片打印附卷，注明拍摄时间、地点和拍摄人。",
        )
        snap = snapshot(
            dossier(
                1, "西安市生态环境局", "焚烧案", final("0", "不合格", problems["PG-D05"], own, veto=True), review_id=rid
            )
        )
        (pick,) = candidates(snap, top=0)
        entries = draft_candidate(store, pick, snap)
        assert [e.rule_id for e in entries] == ["PG-D05", "评查人-1"]
        d05, mine = entries
        assert d05.source.review_id == rid and d05.source.campaign_id == "2025-a1b2c3" and d05.source.dossier_id == "1"
        assert "某市人民政府" in d05.corrected
        assert mine.defect == "现场检查笔录记载拍摄了照片，卷内未见照片。（见现场检查(勘验)笔录 第5页）"
        assert mine.corrected == "将现场照片打印附卷，注明拍摄时间、地点和拍摄人。" and mine.deduction == Decimal(2)
        assert mine.summary == d05.summary
    finally:
        store.close()


def test_without_a_review_the_campaigns_machine_pass_is_used(db_url: str, reviewed: dict[str, Reviewed]) -> None:
    r = reviewed["mkt"]
    cs = CampaignStore(db_url)
    try:
        cid = campaign_with_machine_pass(cs, r)
        snap = cs.snapshot(cid)
        picks = candidates(snap, top=1)
        assert [c.kind for c in picks] == [CaseKind.POSITIVE, CaseKind.NEGATIVE]
        positive = draft_candidate(cs.store, picks[0], snap)
        assert positive[0].kind == CaseKind.POSITIVE and positive[0].source.review_id is None
        (negative,) = draft_candidate(cs.store, picks[1], snap)
        assert negative.rule_id == picks[1].rule_ids[0] and negative.source.campaign_id == cid
        missing = picks[1].model_copy(update={"dossier_id": str(int(picks[1].dossier_id) + 100)})
        with pytest.raises(CasebookError, match="没有可用的评查结果"):
            draft_candidate(cs.store, missing, snap)
    finally:
        cs.close()
