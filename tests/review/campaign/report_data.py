"""A realistic campaign snapshot for the statistics, agreement and export tests: four 青羊区 units, six reviewers from
four units, eleven dossiers (one unreadable, one not yet reviewed, one sent to 复核), problems drawn from the real
penalty-general rules (ids, titles, categories, legal bases, points)."""

from __future__ import annotations

from decimal import Decimal

from checklists.loader import get_pack
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
    SampleRule,
    Stage,
)

PACK = get_pack("penalty-general")
BANDS = (
    GradeBand(grade="优秀", min=Decimal(90)),
    GradeBand(grade="良好", min=Decimal(80)),
    GradeBand(grade="合格", min=Decimal(60)),
    GradeBand(grade="不合格", min=Decimal(0)),
)
SCJG = "成都市青羊区市场监督管理局"
HBJ = "成都市青羊区生态环境局"
WHZF = "成都市青羊区文化市场综合行政执法大队"
JTJ = "成都市青羊区交通运输局"
REVIEWERS = (
    Reviewer(name="张伟", unit=SCJG),
    Reviewer(name="李娜", unit=SCJG),
    Reviewer(name="王强", unit=HBJ),
    Reviewer(name="刘洋", unit=HBJ),
    Reviewer(name="陈静", unit=WHZF),
    Reviewer(name="杨帆", unit=JTJ),
)
UNIT_OF = {r.name: r.unit for r in REVIEWERS}
#: what a reviewer writes for the rule, with the quote from the dossier
DETAILS = {
    "PG-A06": ("未见行政处罚决定书的送达回证（或其他送达凭证）", "行政处罚决定书", "23", ""),
    "PG-B04": (
        "告知书于2025年3月3日送达，陈述申辩期（5个工作日，至2025年3月10日）未满即于2025年3月6日作出处罚决定",
        "行政处罚决定书",
        "18",
        "本局于2025年3月6日作出如下行政处罚决定",
    ),
    "PG-C01": ("笔录仅有一名执法人员：询问笔录", "询问笔录", "6–8", "执法人员：赵明（执法证号51010523001）"),
    "PG-D04": ("处罚决定书未载明罚款的缴纳期限", "行政处罚决定书", "19", "请于收到本决定书后到指定银行缴纳罚款"),
    "PG-D05": (
        "处罚决定书救济途径告知有误：行政诉讼期限写作三个月",
        "行政处罚决定书",
        "20",
        "可在三个月内依法向人民法院提起行政诉讼",
    ),
    "PG-D06": ("复议机关告知有误", "行政处罚决定书", "20", "可在六十日内向成都市市场监督管理局申请行政复议"),
    "PG-G01": (
        "当事人名称前后不一致：决定书为“成都蓉城商贸有限公司”，其他文书写作“成都蓉城商贸公司”",
        "询问笔录",
        "7",
        "成都蓉城商贸公司负责人王小明",
    ),
    "PG-H01": ("首次引用法律未使用全称：《食品安全法》", "行政处罚告知书", "15", "违反了《食品安全法》第三十四条"),
    "PG-H03": ("法律条文未引用到条：《中华人民共和国大气污染防治法》", "行政处罚决定书", "19", ""),
    "PG-G10": ("卷内页码编排有误（2处）", "卷内目录", "1", ""),
    "PG-E07": ("现场检查未见执法记录仪或录音录像等音像记录的记载", "现场检查笔录", "4", ""),
    "PG-D13": (
        "罚款3000元低于决定书所引法定最低数额5000元，未载明减轻处罚的情形和理由",
        "行政处罚决定书",
        "21",
        "决定处以罚款人民币叁仟元整",
    ),
    "PG-E04": ("本案属于情节复杂或者重大违法行为，但案卷中没有集体讨论记录", "案件审批表", "16", ""),
}
RULES = {r.id: r for r in PACK.rules}


def problem(rule_id: str) -> Problem:
    rule = RULES[rule_id]
    description, document, pages, quote = DETAILS[rule_id]
    return Problem(
        rule_id=rule.id,
        category=rule.category,
        title=rule.title,
        description=description,
        basis=rule.legal_basis,
        document=document,
        pages=pages,
        quote=quote,
        points=rule.default_points,
        veto=rule.veto,
        suggestion=f"按{rule.legal_basis.split('（')[0].split('“')[0]}的规定整改",
    )


def grade_of(score: Decimal) -> str:
    return next(b.grade for b in sorted(BANDS, key=lambda b: b.min, reverse=True) if score >= b.min)


def review(aid: int, name: str, rules: tuple[str, ...], stage: Stage = Stage.FIRST, done: bool = True):
    if not done:
        return AssignmentResult(id=aid, reviewer=name, unit=UNIT_OF[name], stage=stage, status="pending")
    probs = tuple(problem(r) for r in rules)
    veto = any(p.veto for p in probs)
    score = Decimal(0) if veto else Decimal(100) - sum((p.points for p in probs), Decimal(0))
    return AssignmentResult(
        id=aid,
        reviewer=name,
        unit=UNIT_OF[name],
        stage=stage,
        status="done",
        review_id=aid + 100,
        score=score,
        grade=grade_of(score),
        veto=veto,
        problems=probs,
    )


def agreed(reviews: list[AssignmentResult]) -> FinalResult:
    mean = (sum((a.score for a in reviews), Decimal(0)) / len(reviews)).quantize(Decimal("0.01"))
    veto = all(a.veto for a in reviews)
    merged: dict[str, Problem] = {}
    for a in reviews:
        for p in a.problems:
            merged.setdefault(p.rule_id, p)
    return FinalResult(
        score=Decimal(0) if veto else mean,
        grade=grade_of(Decimal(0) if veto else mean),
        veto=veto,
        by="初评一致：" + "、".join(a.reviewer for a in reviews),
        method="一致",
        problems=tuple(merged.values()),
    )


def rechecked(a: AssignmentResult) -> FinalResult:
    return FinalResult(score=a.score, grade=a.grade, veto=a.veto, by=a.reviewer, method="复核", problems=a.problems)


def machine(rules: tuple[str, ...]) -> MachineResult:
    probs = tuple(problem(r) for r in rules)
    veto = any(p.veto for p in probs)
    score = Decimal(0) if veto else Decimal(100) - sum((p.points for p in probs), Decimal(0))
    return MachineResult(score=score, grade=grade_of(score), veto=veto, pack=PACK.ref, problems=probs)


def dossier(i: int, unit: str, number: str, name: str, reviews, final="agree", machine_rules=(), **kw):
    done = [a for a in reviews if a.status == "done" and a.stage == Stage.FIRST]
    fin = None
    if final == "agree" and len(done) >= 2:
        fin = agreed(done)
    elif isinstance(final, AssignmentResult):
        fin = rechecked(final)
        reviews = [*reviews, final]
    return CampaignDossier(
        id=str(100 + i),
        unit=unit,
        file=f"{unit[-5:]}/case_{i:04d}.pdf",
        case_number=number,
        case_name=name,
        procedure="普通程序",
        dossier_key=f"sha256:{i:064d}",
        sampled=kw.get("sampled", True),
        machine=kw.get("machine_result", machine(machine_rules)),
        assignments=tuple(reviews),
        final=fin,
    )


NINE = ("PG-A06", "PG-D04", "PG-D05", "PG-G10", "PG-H03", "PG-B04", "PG-D13", "PG-E04", "PG-D06", "PG-E07")


def make_snapshot() -> CampaignSnapshot:
    info = CampaignInfo(
        id="7",
        name="2025年度青羊区行政执法案卷交叉评查",
        year=2025,
        scope="2024年7月1日至2025年6月30日期间已办结的行政处罚（普通程序）案卷",
        checklist="penalty-general",
        profile="national",
        bands=BANDS,
        recheck_threshold=Decimal(5),
        per_dossier=2,
        sample=SampleRule(mode="ratio", ratio=Decimal("0.5"), min=2),
        sample_seed=20250701,
        assign_seed=7,
    )
    d = [
        # 市场监管: reviewed by 环保 / 文化 / 交通 reviewers
        dossier(
            1,
            SCJG,
            "青市监处罚〔2025〕12号",
            "成都蓉城商贸有限公司销售过期食品案",
            [review(1, "王强", ()), review(2, "陈静", ())],
        ),
        dossier(
            2,
            SCJG,
            "青市监处罚〔2025〕31号",
            "成都锦江源餐饮管理有限公司未按规定公示许可证案",
            [review(3, "刘洋", ("PG-H01",)), review(4, "杨帆", ("PG-H01", "PG-G10"))],
            machine_rules=("PG-H01",),
        ),
        dossier(
            3,
            SCJG,
            "青市监处罚〔2025〕45号",
            "成都蓉城商贸有限公司经营标签不符合规定的食品案",
            [review(5, "王强", ("PG-G01", "PG-D06", "PG-H01")), review(6, "杨帆", ("PG-G01", "PG-D06"))],
            machine_rules=("PG-G01", "PG-D06", "PG-H01"),
        ),
        dossier(
            4,
            SCJG,
            "青市监处罚〔2025〕58号",
            "四川康宁大药房连锁有限公司销售劣药案",
            [
                review(7, "陈静", ("PG-B04", "PG-D04", "PG-D05", "PG-D06", "PG-A06", "PG-H01")),
                review(8, "刘洋", ("PG-D05",)),
            ],
            final=review(9, "杨帆", ("PG-B04", "PG-D04", "PG-D05", "PG-D06", "PG-A06", "PG-H01"), Stage.RECHECK),
            machine_rules=("PG-B04", "PG-D05", "PG-D06", "PG-A06"),
        ),
        # 生态环境
        dossier(
            5,
            HBJ,
            "青环罚〔2025〕3号",
            "成都华西建材有限公司未采取扬尘防治措施案",
            [review(10, "张伟", ("PG-H03", "PG-E07")), review(11, "陈静", ("PG-H03",))],
            machine_rules=("PG-H03",),
        ),
        dossier(
            6,
            HBJ,
            "青环罚〔2025〕9号",
            "成都青城印务有限公司未按规定使用污染防治设施案",
            [review(12, "李娜", ("PG-C01", "PG-D04")), review(13, "杨帆", ("PG-C01", "PG-D04"))],
            machine_rules=("PG-C01",),
        ),
        dossier(
            7,
            HBJ,
            "青环罚〔2025〕17号",
            "成都光华汽修服务部露天喷漆案",
            [review(14, "张伟", ("PG-D05",)), review(15, "杨帆", ("PG-D05", "PG-H01"))],
            machine_rules=("PG-D05", "PG-H01"),
        ),
        # 文化执法
        dossier(
            8,
            WHZF,
            "青文执罚〔2025〕2号",
            "成都星空网络会所接纳未成年人案",
            [review(16, "李娜", ()), review(17, "王强", ("PG-E07",))],
            machine_rules=("PG-E07",),
        ),
        dossier(
            9,
            WHZF,
            "青文执罚〔2025〕6号",
            "成都悦声娱乐有限公司擅自变更经营场所案",
            [review(18, "张伟", NINE), review(19, "刘洋", NINE[:-1])],
            machine_rules=("PG-A06", "PG-D04", "PG-D05"),
        ),
        dossier(
            10,
            WHZF,
            "青文执罚〔2025〕11号",
            "成都墨香书店销售非法出版物案",
            [review(20, "王强", (), done=False), review(21, "李娜", ("PG-H01",))],
        ),
        # 交通: one dossier the machine could not read, one not sampled
        dossier(
            11,
            JTJ,
            "青交罚〔2025〕4号",
            "成都顺达客运有限公司未按规定维护车辆案",
            [],
            machine_result=MachineResult(
                score=Decimal(0), grade="不合格", veto=False, pack=PACK.ref, error="PDF 文件已损坏，无法打开"
            ),
        ),
        dossier(12, JTJ, "青交罚〔2025〕8号", "成都捷运物流有限公司超限运输案", [], sampled=False, machine_result=None),
    ]
    return CampaignSnapshot(campaign=info, reviewers=REVIEWERS, dossiers=tuple(d))


def empty_snapshot() -> CampaignSnapshot:
    snap = make_snapshot()
    return snap.model_copy(
        update={
            "dossiers": tuple(
                d.model_copy(update={"final": None, "assignments": (), "machine": None}) for d in snap.dossiers
            )
        }
    )
