"""商务: 报废机动车回收 (国务院令第715号) and 单用途商业预付卡 (商务部令2012年第9号)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from samples.content.citations import Citation
from samples.content.spec import Violation
from samples.content.textfmt import cn_date
from samples.content.violations.base import Ctx, ViolationKind, discretion_text, register

SCRAP = "报废机动车回收管理办法"
PREPAID = "单用途商业预付卡管理办法（试行）"
_PLATE_LETTER = {
    "成都市": "A",
    "绵阳市": "B",
    "自贡市": "C",
    "攀枝花市": "D",
    "泸州市": "E",
    "德阳市": "F",
    "乐山市": "L",
    "宜宾市": "Q",
    "南充市": "R",
}
_PLATE_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
MODELS = ("长安牌SC7164", "五菱牌LZW6376", "大众牌SVW7166", "比亚迪牌BYD7150", "东风牌EQ1040", "解放牌CA1041")


def plate(ctx: Ctx) -> str:
    region = ctx.agency.region
    letter = _PLATE_LETTER.get(region.city, "A")
    tail = "".join(ctx.rng.choice(_PLATE_CHARS) for _ in range(4))
    return f"{region.prov_abbr}{letter}{ctx.rng.randint(1, 9)}{tail}"


def _scrap_record(ctx: Ctx) -> Violation:
    rng = ctx.rng
    total = rng.randint(40, 160)
    missing = rng.randint(3, 12)
    plates = [plate(ctx) for _ in range(3)]
    start = ctx.before(60, 120).replace(day=1)
    fine = ctx.round_fine(10000, 30000)
    discretion, basis = discretion_text(ctx, rng.choice(("general", "lighter")), "补录并上传全部信息")
    return Violation(
        key="scrap_record",
        cause="未如实记录报废机动车“五大总成”信息并上传信息系统",
        source=rng.choice(("监督检查", "上级交办")),
        source_text=f"{ctx.day}，本局执法人员对当事人开展报废机动车回收企业“双随机”检查，"
        "比对报废机动车回收信息系统数据时发现当事人部分车辆“五大总成”信息未上传。",
        place=ctx.party.address,
        scene=[
            f"执法人员查阅了当事人{cn_date(start)}以来的报废机动车回收登记台账和拆解记录，并登录报废机动车回收信息系统比对，"
            f"发现当事人回收的车牌号为{'、'.join(plates)}等{missing}辆报废机动车已完成拆解，但信息系统中无其“五大总成”的"
            "数量、型号、流向记录，拆解车间内存放有上述车辆拆解下的发动机、变速器等部件。",
            "执法人员对拆解现场、部件存放区及系统页面进行了拍照和截图。",
        ],
        qa=[
            (
                f"你公司{cn_date(start)}以来一共回收了多少辆报废机动车？",
                f"一共回收了{total}辆，都开具了《报废机动车回收证明》。",
            ),
            (
                f"车牌号为{plates[0]}等{missing}辆车的“五大总成”信息为什么没有记录并上传到信息系统？",
                "那段时间负责录入的员工离职了，新来的人不熟悉系统，拆解以后一直没有录入上传。",
            ),
            ("这些车辆拆解下来的“五大总成”现在在哪里？", "发动机、变速器等都还在仓库里，没有出售，可以随时核对。"),
            ("你公司是否知道应当如实记录“五大总成”信息并上传信息系统？", "知道，这是我们工作上的疏漏。"),
        ],
        witness_qa=[
            ("你在公司负责什么工作？", "我是公司的信息录入员，负责回收车辆和“五大总成”的信息录入。"),
            ("你入职后为什么没有补录之前未上传的信息？", "交接的时候没有交代清楚，我不知道还有没录的。"),
        ],
        facts=(
            f"当事人系取得报废机动车回收资质认定的企业。{cn_date(start)}至{ctx.day}，当事人共回收报废机动车{total}辆，"
            f"其中车牌号为{'、'.join(plates)}等{missing}辆报废机动车拆解后，当事人未如实记录其“五大总成”等主要部件的"
            "数量、型号、流向等信息，也未上传至报废机动车回收信息系统。"
        ),
        evidence=[
            "现场检查笔录及现场照片，证明涉案车辆已拆解、部件存放情况",
            "报废机动车回收登记台账及信息系统截图，证明涉案车辆“五大总成”信息未记录、未上传",
            "询问笔录，证明当事人未如实记录并上传信息的原因及经过",
        ],
        collected=[
            ("报废机动车回收登记台账复印件", "12页", "证明回收车辆情况"),
            ("报废机动车回收信息系统截图", f"{missing}页", "证明信息未上传"),
            ("拆解车间现场照片", "6张", "证明涉案车辆已拆解"),
        ],
        mentions={"codes": plates},
        violated=[Citation(SCRAP, "第十三条第一款")],
        basis=[Citation(SCRAP, "第二十三条")],
        nature="未如实记录报废机动车“五大总成”等主要部件信息并上传至报废机动车回收信息系统的违法行为",
        discretion=discretion,
        discretion_basis=basis,
        rectify=[
            "立即如实补录涉案车辆“五大总成”等主要部件的数量、型号、流向等信息并上传至报废机动车回收信息系统",
            "完善信息录入岗位交接制度",
        ],
        rectify_days=rng.choice((7, 10, 15)),
        fine=fine,
        statement_text="我公司已在规定期限内补录了全部信息，请求从轻处罚。",
    )


def _scrap_deregister(ctx: Ctx) -> Violation:
    rng = ctx.rng
    count = rng.randint(2, 8)
    plates = [plate(ctx) for _ in range(2)]
    received = ctx.before(70, 150)
    fine = ctx.round_fine(10000, 20000)
    return Violation(
        key="scrap_deregister",
        cause="未按规定及时办理报废机动车注销登记",
        source="投诉举报",
        source_text=f"{ctx.day}，本局接到机动车所有人投诉，反映其车辆交售当事人报废后一直未办理注销登记。",
        place=ctx.party.address,
        scene=[
            f"执法人员查阅当事人报废机动车回收档案，发现车牌号为{'、'.join(plates)}等{count}辆报废机动车"
            "已于回收时出具《报废机动车回收证明》，但档案中无公安机关交通管理部门出具的注销证明。"
        ],
        qa=[
            (
                f"车牌号为{plates[0]}的报废机动车是什么时候回收的？",
                f"是{cn_date(received)}回收的，当时就开了回收证明。",
            ),
            ("这些车辆为什么没有及时办理注销登记？", "车主的材料不齐，我们准备凑齐了一起办，结果拖下来了。"),
            ("注销证明是否已转交机动车所有人？", "还没有，现在正在补办。"),
        ],
        witness_qa=[
            ("你交售报废车辆后是否收到注销证明？", "没有收到，车管所系统里车辆状态还是正常，年检提醒一直在发。")
        ],
        witness_role="owner",
        facts=(
            f"当事人于{cn_date(received)}起陆续回收车牌号为{'、'.join(plates)}等{count}辆报废机动车，"
            "并向机动车所有人出具了《报废机动车回收证明》，但未按照国家有关规定及时向公安机关交通管理部门办理注销登记，"
            "也未将注销证明转交机动车所有人。"
        ),
        evidence=[
            "现场检查笔录，证明涉案车辆回收档案中无注销证明",
            "询问笔录，证明当事人未及时办理注销登记的经过",
            "机动车所有人投诉材料及询问笔录，证明涉案车辆未注销的事实",
        ],
        collected=[
            ("报废机动车回收证明存根复印件", f"{count}份", "证明回收时间"),
            ("回收档案复印件", f"{count}份", "证明无注销证明"),
        ],
        mentions={"codes": plates},
        violated=[Citation(SCRAP, "第九条第一款")],
        basis=[Citation(SCRAP, "第二十二条第一款")],
        nature="未按照国家有关规定及时办理报废机动车注销登记的违法行为",
        discretion=discretion_text(ctx, "lighter", "办理完毕全部注销登记")[0],
        discretion_basis=[],
        rectify=["立即为涉案车辆办理注销登记，并将注销证明转交机动车所有人"],
        rectify_days=rng.choice((10, 15)),
        fine=fine,
        statement_text="涉案车辆已全部办理注销，请求免予处罚或从轻处罚。",
    )


def _scrap_unlicensed(ctx: Ctx) -> Violation:
    rng = ctx.rng
    cars = rng.randint(3, 9)
    plates = [plate(ctx) for _ in range(2)]
    income = Decimal(rng.randint(30, 180) * 100)
    start = ctx.before(60, 200)
    fine = ctx.round_fine(50000, 80000, 5000)
    model = rng.choice(MODELS)
    return Violation(
        key="scrap_unlicensed",
        cause="未取得资质认定擅自从事报废机动车回收活动",
        source=rng.choice(("投诉举报", "部门移送")),
        source_text=f"{ctx.day}，本局接到群众举报，反映{ctx.party.address}有人回收、拆解报废汽车，现场油污严重。",
        place=ctx.party.address,
        scene=[
            f"执法人员在现场发现报废机动车{cars}辆（其中{model}型车辆1辆，号牌{plates[0]}），另有已拆下的发动机3台、变速器2台、"
            "车架1副及车门、轮毂等零部件若干，现场有气割设备1套。",
            "当事人现场负责人不能出示报废机动车回收资质认定书。执法人员对现场进行了拍照、录像，并对涉案车辆及零部件进行了清点登记。",
        ],
        qa=[
            ("你是否取得了报废机动车回收资质认定书？", "没有，我只有废旧物资回收的营业执照。"),
            ("现场的报废汽车是从哪里来的？", f"是从{cn_date(start)}开始陆续从附近车主手里收来的，一共收了{cars}辆。"),
            (
                "收来的车辆是如何处理的？",
                f"拆下来的零件卖给修理厂，废铁卖给废品站，一共卖了{income}元左右，有微信转账记录。",
            ),
            ("你是否知道回收报废机动车需要取得资质认定？", "以前不知道，现在知道了，我马上停止。"),
        ],
        witness_qa=[
            ("你在这里做什么？", "我是帮老板拆车的，按天算工钱。"),
            ("拆下来的零件卖给了谁？", "卖给了附近几家修理厂，具体是老板联系的。"),
        ],
        facts=(
            f"当事人在未取得报废机动车回收资质认定的情况下，自{cn_date(start)}起在{ctx.party.address}从事报废机动车回收活动，"
            f"先后回收报废机动车{cars}辆，并将拆解的零部件及废金属对外出售，违法所得{income}元。"
        ),
        evidence=[
            "现场检查笔录、现场照片及执法记录仪视频，证明当事人回收、拆解报废机动车的事实",
            "询问笔录，证明当事人回收报废机动车的数量、来源及销售情况",
            "微信转账记录截图，证明当事人的违法所得",
            "涉案车辆及零部件清点登记清单，证明涉案物品情况",
        ],
        collected=[
            ("微信转账记录截图", "9页", "证明销售零部件的收入"),
            ("涉案车辆及零部件清单", "1份", "证明涉案物品"),
        ],
        mentions={"codes": plates},
        violated=[Citation(SCRAP, "第五条第一款")],
        basis=[Citation(SCRAP, "第十九条")],
        nature="未取得资质认定擅自从事报废机动车回收活动的违法行为",
        discretion="当事人违法所得不足5万元，依法应当并处5万元以上10万元以下的罚款。综合考虑当事人回收车辆数量、"
        "违法持续时间及配合调查等情节，本局决定在法定处罚幅度内给予处罚。",
        discretion_basis=[],
        rectify=["立即停止报废机动车回收活动"],
        rectify_days=0,
        fine=fine,
        income=income,
        goods=f"非法回收的报废机动车{cars}辆及已拆解的发动机3台、变速器2台、车架1副等零部件",
        statement_text="我是初犯，不懂法律规定，家里困难，请求减少罚款。",
    )


def _prepaid_filing(ctx: Ctx) -> Violation:
    rng = ctx.rng
    cards = rng.randint(80, 600)
    amount = Decimal(rng.randint(20, 300) * 1000)
    started = ctx.before(150, 400)
    ordered = ctx.before(25, 40)
    deadline = ordered + dt.timedelta(days=15)
    fine = ctx.round_fine(10000, 20000)
    ctx_number = f"{ctx.agency.number_prefix}责改〔{ordered.year}〕{rng.randint(1, 40)}号"
    return Violation(
        key="prepaid_filing",
        cause="未按规定办理单用途商业预付卡备案且逾期不改正",
        source="监督检查",
        source_text=f"{ctx.day}，本局执法人员对当事人责令限期改正情况进行复查，发现当事人逾期仍未办理单用途卡备案。",
        place=ctx.party.address,
        scene=[
            f"执法人员检查发现当事人在经营场所前台向消费者销售会员储值卡，收银系统显示自{cn_date(started)}以来"
            f"累计发行储值卡{cards}张，预收资金{amount}元。当事人不能提供单用途卡备案材料。",
            f"本局已于{cn_date(ordered)}以《责令限期改正通知书》（{ctx_number}）责令当事人于{cn_date(deadline)}前办理备案，"
            "经复查，当事人逾期仍未改正。",
        ],
        qa=[
            (
                "你公司是否发行会员储值卡？从什么时候开始的？",
                f"发行了，从{cn_date(started)}开始的，现在有{cards}张左右。",
            ),
            ("你公司是否向商务主管部门办理了单用途卡备案？", "还没有办。"),
            (
                f"本局{cn_date(ordered)}责令你公司限期改正，为什么逾期仍未办理？",
                "材料准备得比较慢，审计报告一直没有出来。",
            ),
        ],
        witness_qa=[],
        facts=(
            f"当事人系从事居民服务业的企业法人，自{cn_date(started)}起发行单用途商业预付卡（会员储值卡），截至{ctx.day}"
            f"累计发卡{cards}张，预收资金{amount}元，但未在开展单用途卡业务之日起30日内向商务主管部门办理备案。"
            f"本局于{cn_date(ordered)}责令当事人限期改正，当事人逾期仍未改正。"
        ),
        evidence=[
            "现场检查笔录及现场照片，证明当事人发行单用途卡的事实",
            "收银系统发卡记录，证明发卡数量及预收资金",
            f"《责令限期改正通知书》（{ctx_number}）及送达回证，证明本局责令当事人限期改正",
            "复查记录及询问笔录，证明当事人逾期未改正",
        ],
        collected=[("会员储值卡样卡", "1张", "证明发卡事实"), ("收银系统发卡记录", "5页", "证明发卡数量及预收资金")],
        violated=[Citation(PREPAID, "第七条")],
        basis=[Citation(PREPAID, "第三十六条")],
        nature="未按规定办理单用途商业预付卡备案且经责令限期改正逾期仍不改正的违法行为",
        discretion=discretion_text(ctx, "general", "")[0],
        discretion_basis=[],
        rectify=["立即向商务主管部门办理单用途卡备案"],
        rectify_days=rng.choice((10, 15)),
        fine=fine,
        statement_text="我公司已经提交了备案申请材料，请求减轻处罚。",
    )


register(
    ViolationKind(
        "scrap_record",
        "商务",
        ("organization",),
        "报废汽车回收拆解",
        "",
        "报废机动车回收；报废机动车拆解；再生资源回收（除生产性废旧金属）",
        _scrap_record,
    )
)
register(
    ViolationKind(
        "scrap_deregister",
        "商务",
        ("organization",),
        "再生资源回收",
        "",
        "报废机动车回收；报废机动车拆解；再生资源销售",
        _scrap_deregister,
        minor=True,
    )
)
register(
    ViolationKind(
        "scrap_unlicensed",
        "商务",
        ("individual_business", "individual"),
        "再生资源",
        "废旧物资回收站",
        "再生资源回收（除生产性废旧金属）",
        _scrap_unlicensed,
    )
)
register(
    ViolationKind(
        "prepaid_filing",
        "商务",
        ("organization",),
        "美容美发",
        "",
        "美容服务；美发服务；养生保健服务（非医疗）",
        _prepaid_filing,
    )
)
