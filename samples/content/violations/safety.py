"""应急管理: 安全生产法 (2021) — training, gas alarms, hidden-danger system, warning signs, hazardous goods."""

from __future__ import annotations

from samples.content.spec import Violation
from samples.content.violations.base import Ctx, ViolationKind, discretion_text, prc, register

SAFETY = "安全生产法"


def _training(ctx: Ctx) -> Violation:
    rng = ctx.rng
    staff = rng.randint(20, 120)
    untrained = rng.randint(3, min(15, staff))
    posts = rng.choice(("叉车装卸、仓储分拣", "货物分拣、装卸搬运", "冷库出入库、叉车搬运"))
    fine = ctx.round_fine(10000, 50000, 5000)
    discretion, basis = discretion_text(ctx, rng.choice(("general", "lighter")), "组织全员补训并建立培训档案")
    return Violation(
        key="training",
        cause="未按照规定对从业人员进行安全生产教育和培训",
        source="监督检查",
        source_text=f"{ctx.day}，本局执法人员依据年度监督检查计划对当事人进行安全生产执法检查。",
        place=ctx.party.address,
        scene=[
            f"当事人现有从业人员{staff}人，主要从事{posts}作业。执法人员查阅当事人安全生产教育和培训档案，"
            f"发现{untrained}名新入职从业人员无岗前安全生产教育和培训记录，当事人亦不能提供上述人员的培训考核资料。",
            "执法人员现场随机询问其中2名从业人员，均不清楚本岗位安全操作规程及事故应急处理措施。",
        ],
        qa=[
            ("你单位现有多少从业人员？是否建立了安全生产教育和培训档案？", f"现有{staff}人，建立了培训档案。"),
            (
                f"档案中为什么没有{untrained}名新入职人员的岗前培训记录？",
                "这几个人入职时正赶上订单多，直接上岗了，没来得及培训。",
            ),
            ("上述人员目前在什么岗位作业？", f"在{posts.split('、')[0]}岗位，都是老员工带着干。"),
        ],
        witness_qa=[
            ("你是什么时候入职的？入职时是否参加过安全生产培训？", "两个多月前入职的，没有参加过培训，是师傅带着学的。")
        ],
        facts=(
            f"当事人现有从业人员{staff}人，其中{untrained}名新入职从业人员未经岗前安全生产教育和培训即上岗作业，"
            "当事人未按照规定对上述从业人员进行安全生产教育和培训。"
        ),
        evidence=[
            "现场检查记录及现场照片，证明当事人从业人员作业情况",
            "安全生产教育和培训档案复印件，证明涉案人员无培训记录",
            "询问笔录，证明涉案人员未经培训上岗作业",
        ],
        collected=[
            ("安全生产教育和培训档案复印件", "15页", "证明培训记录缺失"),
            ("从业人员花名册复印件", "3页", "证明从业人员入职时间"),
        ],
        violated=[prc(SAFETY, "第二十八条第一款")],
        basis=[prc(SAFETY, "第九十七条第（三）项")],
        nature="未按照规定对从业人员进行安全生产教育和培训的违法行为",
        discretion=discretion,
        discretion_basis=basis,
        rectify=["立即对未经培训的从业人员进行安全生产教育和培训，经考核合格后方可上岗", "完善安全生产教育和培训档案"],
        rectify_days=rng.choice((7, 15)),
        fine=fine,
        statement_text="我单位已经组织了补训，考核全部合格，请求从轻处罚。",
    )


def _gas_alarm(ctx: Ctx) -> Violation:
    rng = ctx.rng
    burners = rng.randint(2, 8)
    organisation = ctx.party.party_type == "organization"
    if ctx.simple():
        fine = rng.choice((1000, 2000, 3000)) if organisation else 200
    else:
        fine = ctx.round_fine(5000, 20000, 1000)
    return Violation(
        key="gas_alarm",
        cause="餐饮场所使用燃气未安装可燃气体报警装置",
        source="监督检查",
        source_text=f"{ctx.day}，本局执法人员在城镇燃气安全专项整治中对当事人经营场所进行检查。",
        place=ctx.party.address,
        scene=[
            f"当事人后厨使用管道天然气，设有燃气灶具{burners}台，正在营业。执法人员检查发现后厨未安装可燃气体报警装置。",
            "执法人员对后厨燃气使用情况进行了拍照。",
        ],
        qa=[
            ("你店后厨使用什么燃料？有几台灶具？", f"用的管道天然气，一共{burners}台灶。"),
            ("后厨是否安装了可燃气体报警装置？", "没有安装，不知道要装。"),
        ],
        witness_qa=[],
        facts=f"当事人在其经营的餐饮场所后厨使用管道天然气，设有燃气灶具{burners}台，未安装可燃气体报警装置。",
        evidence=["现场检查记录及现场照片，证明当事人使用燃气未安装可燃气体报警装置"],
        collected=[("现场照片", "4张", "证明后厨未安装可燃气体报警装置")],
        violated=[prc(SAFETY, "第三十六条第四款")],
        basis=[prc(SAFETY, "第九十九条第（八）项")],
        nature="餐饮行业的生产经营单位使用燃气未安装可燃气体报警装置的违法行为",
        discretion=discretion_text(ctx, "lighter", "着手安装可燃气体报警装置")[0],
        discretion_basis=[],
        rectify=["立即安装可燃气体报警装置并保障其正常使用"],
        rectify_days=rng.choice((3, 7)),
        fine=fine,
        statement_text="报警器已经买了，这两天就装好，请求从轻处罚。",
        simple_place=ctx.party.address,
    )


def _hazard_system(ctx: Ctx) -> Violation:
    rng = ctx.rng
    fine = ctx.round_fine(20000, 60000, 5000)
    kind = rng.choice(("危险化学品仓储", "化工产品批发及仓储", "油漆、稀释剂等危险化学品经营"))
    return Violation(
        key="hazard_system",
        cause="未建立事故隐患排查治理制度",
        source=rng.choice(("监督检查", "上级交办")),
        source_text=f"{ctx.day}，本局执法人员对当事人开展安全生产执法检查。",
        place=ctx.party.address,
        scene=[
            f"当事人从事{kind}。执法人员要求当事人提供事故隐患排查治理制度及排查记录，当事人不能提供。"
            "现场检查发现车间消防通道堆放杂物、配电箱未上锁等隐患，当事人未进行排查登记。"
        ],
        qa=[
            ("你单位是否建立了事故隐患排查治理制度？", "没有形成书面的制度，平时是主管口头安排检查。"),
            ("是否有隐患排查记录？", "没有做记录。"),
        ],
        witness_qa=[],
        facts="当事人未建立事故隐患排查治理制度，未对生产经营场所的事故隐患进行排查、登记和治理。",
        evidence=[
            "现场检查记录及现场照片，证明当事人现场存在的事故隐患",
            "询问笔录，证明当事人未建立事故隐患排查治理制度",
        ],
        collected=[
            ("现场照片", "7张", "证明现场隐患"),
            ("安全管理制度汇编复印件", "1份", "证明制度中无隐患排查治理制度"),
        ],
        violated=[prc(SAFETY, "第四十一条第二款")],
        basis=[prc(SAFETY, "第一百零一条第（五）项")],
        nature="未建立事故隐患排查治理制度的违法行为",
        discretion=discretion_text(ctx, "general", "")[0],
        discretion_basis=[],
        rectify=["建立健全并落实生产安全事故隐患排查治理制度", "对现场发现的隐患立即整改"],
        rectify_days=15,
        fine=fine,
        statement_text="我单位已经制定了隐患排查治理制度，现场隐患已全部整改，请求从轻处罚。",
    )


def _signs(ctx: Ctx) -> Violation:
    rng = ctx.rng
    where = rng.choice(("液氨储罐区", "配电房", "喷涂车间", "空压机房"))
    fine = rng.choice((1000, 2000, 3000)) if ctx.simple() else ctx.round_fine(5000, 15000, 1000)
    return Violation(
        key="signs",
        cause="未在有较大危险因素的生产经营场所设置明显的安全警示标志",
        source="监督检查",
        source_text=f"{ctx.day}，本局执法人员对当事人进行安全生产执法检查。",
        place=ctx.party.address,
        scene=[f"执法人员检查发现当事人{where}属于有较大危险因素的场所，现场未设置明显的安全警示标志。"],
        qa=[(f"{where}为什么没有设置安全警示标志？", "原来有，厂房翻修时拆掉了，还没有重新挂。")],
        witness_qa=[],
        facts=f"当事人未在其{where}等有较大危险因素的生产经营场所设置明显的安全警示标志。",
        evidence=["现场检查记录及现场照片，证明当事人未设置安全警示标志"],
        collected=[("现场照片", "3张", f"证明{where}未设置安全警示标志")],
        violated=[prc(SAFETY, "第三十五条")],
        basis=[prc(SAFETY, "第九十九条第（一）项")],
        nature="未在有较大危险因素的生产经营场所设置明显的安全警示标志的违法行为",
        discretion=discretion_text(ctx, "lighter", "当场设置安全警示标志")[0],
        discretion_basis=[],
        rectify=[f"立即在{where}设置明显的安全警示标志"],
        rectify_days=3,
        fine=fine,
        statement_text="警示标志已经设置好了。",
        simple_place=ctx.party.address,
    )


register(
    ViolationKind(
        "training", "应急管理", ("organization",), "物流", "", "普通货物仓储服务；道路货物运输；装卸搬运", _training
    )
)
register(
    ViolationKind(
        "gas_alarm",
        "应急管理",
        ("organization", "individual_business"),
        "餐饮管理",
        "火锅店",
        "餐饮服务；食品销售",
        _gas_alarm,
        simple=True,
    )
)
register(
    ViolationKind(
        "hazard_system", "应急管理", ("organization",), "化工贸易", "", "危险化学品经营；化工产品销售", _hazard_system
    )
)
register(
    ViolationKind(
        "signs",
        "应急管理",
        ("organization",),
        "制冷设备",
        "",
        "制冷、空调设备制造；普通机械设备安装服务",
        _signs,
        simple=True,
        minor=True,
    )
)
