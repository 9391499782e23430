"""文化市场: 互联网上网服务营业场所 (网吧), 娱乐场所 (KTV), 营业性演出."""

from __future__ import annotations

from decimal import Decimal

from samples.content.citations import Citation
from samples.content.spec import Violation
from samples.content.textfmt import cn_time
from samples.content.violations.base import Ctx, ViolationKind, discretion_text, register

NETCAFE = "互联网上网服务营业场所管理条例"
ENTERTAIN = "娱乐场所管理条例"


def _minors_netcafe(ctx: Ctx) -> Violation:
    rng = ctx.rng
    minors = rng.randint(1, 4)
    seats = rng.choice((46, 60, 88, 120, 150))
    at = ctx.inspection.replace(hour=rng.randint(19, 22), minute=rng.choice((5, 20, 35, 50)))
    fine = ctx.round_fine(2000, 8000, 500)
    return Violation(
        key="minors_netcafe",
        cause="接纳未成年人进入营业场所",
        source=rng.choice(("监督检查", "投诉举报")),
        source_text=f"{ctx.day}，本局执法人员在校园周边文化市场专项检查中对当事人经营的网吧进行检查。",
        place=ctx.party.address,
        scene=[
            f"当事人经营场所共有上网终端{seats}台，检查时（{cn_time(at)}）正在营业。执法人员在场内发现{minors}名未成年人"
            "正在上网，经核实，上述人员均未满十八周岁，使用他人身份证登记上网。",
            "执法人员调取了上网登记记录和场内监控录像，并对现场进行了拍照。",
        ],
        qa=[
            ("检查时场内有未成年人上网，你是否知道？", "不知道，他们用的是成年人的身份证，收银员没有仔细核对。"),
            ("你们如何核对上网人员的身份？", "刷身份证登记，人证核验设备前几天坏了，还没修好。"),
        ],
        witness_qa=[
            ("你是什么时候来上网的？", "今天晚上七点多来的。"),
            ("你用谁的身份证开的机？", "用的我表哥的身份证。"),
        ],
        witness_role="minor",
        facts=(
            f"{ctx.day}{cn_time(at)}许，当事人在其经营的互联网上网服务营业场所内接纳{minors}名未成年人上网，"
            "上述未成年人使用他人身份证登记上网，当事人未认真核对上网消费者的身份。"
        ),
        evidence=[
            "现场检查笔录及现场照片，证明当事人接纳未成年人上网的事实",
            "上网登记记录及监控录像截图，证明未成年人入场时间",
            "对未成年人的询问笔录（监护人在场），证明其年龄及上网情况",
        ],
        collected=[
            ("上网登记记录截图", "3页", "证明未成年人使用他人身份证上网"),
            ("监控录像截图", "4张", "证明未成年人在场上网"),
        ],
        violated=[Citation(NETCAFE, "第二十一条第一款")],
        basis=[Citation(NETCAFE, "第三十一条第（二）项")],
        nature="互联网上网服务营业场所经营单位接纳未成年人进入营业场所的违法行为",
        discretion=discretion_text(ctx, "general", "")[0],
        discretion_basis=[],
        rectify=["立即停止接纳未成年人进入营业场所", "修复人证核验设备并严格核对上网消费者的有效身份证件"],
        rectify_days=0,
        fine=fine,
        warning=True,
        statement_text="未成年人用的是别人的身份证，我们也是被骗了，请求从轻处罚。",
    )


def _id_check(ctx: Ctx) -> Violation:
    rng = ctx.rng
    count = rng.randint(3, 9)
    fine = ctx.round_fine(1000, 5000, 500)
    return Violation(
        key="id_check",
        cause="未按规定核对、登记上网消费者的有效身份证件",
        source="监督检查",
        source_text=f"{ctx.day}，本局执法人员对当事人经营的网吧进行日常检查。",
        place=ctx.party.address,
        scene=[
            f"执法人员在场内抽查发现{count}名上网消费者使用的上网账号与其本人身份信息不符，当事人使用“临时卡”为其开机上网，"
            "未核对、登记其有效身份证件。"
        ],
        qa=[("为什么使用临时卡为上网消费者开机？", "有些顾客没带身份证，收银员就用临时卡给他们开了。")],
        witness_qa=[],
        facts=f"当事人使用临时上网卡为{count}名上网消费者开机上网，未按规定核对、登记上网消费者的有效身份证件。",
        evidence=[
            "现场检查笔录及现场照片，证明当事人未核对登记上网消费者身份证件",
            "上网登记记录截图，证明使用临时卡开机的情况",
        ],
        collected=[("上网登记记录截图", "2页", "证明使用临时卡开机")],
        violated=[Citation(NETCAFE, "第二十三条")],
        basis=[Citation(NETCAFE, "第三十三条第（三）项")],
        nature="未按规定核对、登记上网消费者的有效身份证件的违法行为",
        discretion=discretion_text(ctx, "lighter", "停用全部临时上网卡")[0],
        discretion_basis=[],
        rectify=["立即停用临时上网卡，严格核对、登记上网消费者的有效身份证件"],
        rectify_days=0,
        fine=fine,
        warning=True,
        statement_text="临时卡已经全部停用，请求从轻处罚。",
    )


def _minors_ktv(ctx: Ctx) -> Violation:
    rng = ctx.rng
    room = f"{rng.randint(2, 3)}{rng.randint(1, 2)}{rng.randint(1, 9)}号包间"
    income = Decimal(rng.randint(260, 980))
    fine = ctx.round_fine(10000, 20000, 1000)
    at = ctx.inspection.replace(hour=rng.randint(20, 23), minute=rng.choice((10, 25, 40)))
    return Violation(
        key="minors_ktv",
        cause="歌舞娱乐场所接纳未成年人",
        source="投诉举报",
        source_text=f"{ctx.day}，本局接到家长举报，反映当事人经营的KTV接纳未成年人消费。",
        place=ctx.party.address,
        scene=[
            f"执法人员于{cn_time(at)}进入当事人经营的歌舞娱乐场所检查，在{room}内发现5名消费者，"
            "经核查身份信息，其中3名为未满十八周岁的未成年人。该包间消费金额为{income}元。".replace(
                "{income}", str(income)
            )
        ],
        qa=[
            (f"{room}的消费者进场时是否核查了身份？", "前台没有核查，他们说自己成年了。"),
            ("该包间消费了多少钱？", f"一共{income}元，已经结账。"),
        ],
        witness_qa=[("你们几个人一起来的？", "五个人，有三个是同学。"), ("进场时前台是否问过你的年龄？", "没有问。")],
        witness_role="minor",
        facts=f"当事人经营的歌舞娱乐场所接纳3名未成年人在{room}内消费，收取费用{income}元。",
        evidence=[
            "现场检查笔录及现场照片，证明当事人接纳未成年人的事实",
            "消费单据，证明违法所得金额",
            "对未成年人的询问笔录，证明其年龄",
        ],
        collected=[("消费单据复印件", "1份", "证明消费金额"), ("身份信息核查记录", "1份", "证明消费者为未成年人")],
        violated=[Citation(ENTERTAIN, "第二十三条")],
        basis=[Citation(ENTERTAIN, "第四十八条第一款第（三）项")],
        nature="歌舞娱乐场所接纳未成年人的违法行为",
        discretion="当事人违法所得不足1万元，依法应当并处1万元以上3万元以下的罚款。"
        + discretion_text(ctx, "general", "")[0],
        discretion_basis=[],
        rectify=["立即停止接纳未成年人", "在场所入口处悬挂未成年人禁入标志并落实身份查验"],
        rectify_days=0,
        fine=fine,
        income=income,
        statement_text="前台员工疏忽，我们已经加强管理，请求从轻处罚。",
    )


def _sign_netcafe(ctx: Ctx) -> Violation:
    rng = ctx.rng
    if ctx.simple():
        fine = 200 if ctx.party.party_type != "organization" else rng.choice((500, 1000))
    else:
        fine = ctx.round_fine(500, 2000, 500)
    return Violation(
        key="sign_netcafe",
        cause="未悬挂未成年人禁入标志",
        source="监督检查",
        source_text=f"{ctx.day}，本局执法人员对当事人经营的网吧进行日常检查。",
        place=ctx.party.address,
        scene=["执法人员检查发现当事人营业场所入口处未悬挂未成年人禁入标志。"],
        qa=[("入口处的未成年人禁入标志在哪里？", "前几天装修门头取下来了，还没挂回去。")],
        witness_qa=[],
        facts="当事人未在其互联网上网服务营业场所入口处的显著位置悬挂未成年人禁入标志。",
        evidence=["现场检查笔录及现场照片，证明当事人未悬挂未成年人禁入标志"],
        collected=[("现场照片", "2张", "证明入口处未悬挂未成年人禁入标志")],
        violated=[Citation(NETCAFE, "第二十一条第二款")],
        basis=[Citation(NETCAFE, "第三十一条第（五）项")],
        nature="未悬挂未成年人禁入标志的违法行为",
        discretion=discretion_text(ctx, "lighter", "当场重新悬挂未成年人禁入标志")[0],
        discretion_basis=[],
        rectify=["立即在营业场所入口处显著位置悬挂未成年人禁入标志"],
        rectify_days=0,
        fine=fine,
        warning=True,
        statement_text="标志已经挂好了。",
        simple_place=ctx.party.address,
    )


register(
    ViolationKind(
        "minors_netcafe",
        "文化市场",
        ("organization", "individual_business"),
        "网络科技",
        "网吧",
        "互联网上网服务；饮料及冷饮服务",
        _minors_netcafe,
    )
)
register(
    ViolationKind(
        "id_check",
        "文化市场",
        ("organization", "individual_business"),
        "网络科技",
        "网咖",
        "互联网上网服务",
        _id_check,
        minor=True,
    )
)
register(
    ViolationKind(
        "minors_ktv",
        "文化市场",
        ("organization", "individual_business"),
        "娱乐",
        "KTV",
        "歌舞娱乐活动；酒类经营",
        _minors_ktv,
    )
)
register(
    ViolationKind(
        "sign_netcafe",
        "文化市场",
        ("organization", "individual_business"),
        "网络科技",
        "网吧",
        "互联网上网服务",
        _sign_netcafe,
        simple=True,
        minor=True,
    )
)
