"""生态环境: VOCs, dust, monitoring, water discharge over the standard, open burning."""

from __future__ import annotations

from decimal import Decimal

from samples.content.spec import Violation
from samples.content.violations.base import Ctx, ViolationKind, discretion_text, prc, register

AIR = "大气污染防治法"


def _voc(ctx: Ctx) -> Violation:
    rng = ctx.rng
    work, product = rng.choice(
        (("喷漆", "实木家具生产"), ("底漆及面漆喷涂", "板式家具生产"), ("调漆及喷漆", "家具翻新及喷涂加工"))
    )
    area = rng.randint(120, 600)
    fine = ctx.round_fine(20000, 80000, 5000)
    mode = rng.choice(("general", "lighter"))
    discretion, basis = discretion_text(ctx, mode, "停止涉VOCs工序并着手建设密闭喷漆房及废气治理设施")
    return Violation(
        key="voc",
        cause="含挥发性有机物废气的生产活动未在密闭空间中进行且未采取减少废气排放措施",
        source=rng.choice(("监督检查", "投诉举报")),
        source_text=f"{ctx.day}，本局执法人员根据群众反映的异味扰民问题，对当事人生产车间开展现场检查。",
        place=ctx.party.address,
        scene=[
            f"当事人主要从事{product}。检查时，当事人生产车间（约{area}平方米）正在进行{work}作业，"
            f"{work}工序在敞开式车间内进行，未设置密闭喷漆房，未安装废气收集和治理设施，车间内有明显的油漆异味，"
            "废气经门窗无组织排放。",
            "现场存放油性漆、稀释剂等含挥发性有机物原辅材料若干桶。执法人员使用执法记录仪对检查过程进行了全程录像。",
        ],
        qa=[
            (f"你单位{work}工序是在什么地方进行的？", "就在车间里面，没有单独的喷漆房。"),
            ("车间是否安装了废气收集和处理设施？", "还没有安装，之前准备装活性炭吸附设备，还在联系厂家。"),
            (
                f"你单位从什么时候开始从事{work}作业？每天作业多长时间？",
                f"从去年开始的，每天大概{rng.randint(3, 7)}个小时。",
            ),
            (
                "你单位使用的油漆、稀释剂每月用量是多少？",
                f"油漆每月大概{rng.randint(8, 40)}桶，稀释剂{rng.randint(4, 20)}桶。",
            ),
        ],
        witness_qa=[],
        facts=(
            f"当事人在其位于{ctx.party.address}的生产车间从事{product}，其{work}工序产生含挥发性有机物废气，"
            "当事人未在密闭空间或者设备中进行该生产活动，未按照规定安装、使用污染防治设施，也未采取减少废气排放的措施，"
            "含挥发性有机物废气经车间门窗无组织排放。"
        ),
        evidence=[
            "现场检查（勘察）笔录、现场照片及执法记录仪视频，证明当事人生产活动未在密闭空间中进行、未安装污染防治设施",
            "调查询问笔录，证明当事人从事涉挥发性有机物生产活动的时间及情况",
            "原辅材料采购单据，证明当事人使用含挥发性有机物原辅材料",
        ],
        collected=[
            ("原辅材料采购单据复印件", "4页", "证明使用油性漆、稀释剂"),
            ("现场照片", "8张", "证明车间未密闭、无治理设施"),
        ],
        violated=[prc(AIR, "第四十五条")],
        basis=[prc(AIR, "第一百零八条第（一）项")],
        nature="产生含挥发性有机物废气的生产活动未在密闭空间中进行、未按照规定安装使用污染防治设施的违法行为",
        discretion=discretion,
        discretion_basis=basis,
        rectify=[f"立即停止在敞开式车间内进行{work}作业", "按照规定建设密闭作业空间并安装、使用废气收集处理设施"],
        rectify_days=rng.choice((30, 60)),
        fine=fine,
        statement_text="我单位规模小，已经停止喷漆作业并在建设治理设施，请求从轻处罚。",
    )


def _dust(ctx: Ctx) -> Violation:
    rng = ctx.rng
    material = rng.choice(("砂石骨料", "水泥熟料", "粉煤灰", "石粉"))
    tons = rng.randint(800, 6000)
    fine = ctx.round_fine(30000, 100000, 10000)
    return Violation(
        key="dust",
        cause="未采取密闭、围挡、遮盖等措施控制粉尘排放",
        source="监督检查",
        source_text=f"{ctx.day}，本局执法人员在大气污染防治专项执法检查中发现当事人厂区物料堆场扬尘明显。",
        place=ctx.party.address,
        scene=[
            f"当事人系建材生产企业。检查时，当事人厂区东侧露天堆放{material}约{tons}吨，堆场未建设密闭料仓或者围挡，"
            "物料未遮盖，现场未见洒水抑尘设施运行，装载机作业时扬尘明显。",
            "执法人员对现场情况进行了拍照、录像。",
        ],
        qa=[
            (f"厂区东侧露天堆放的{material}有多少？堆放了多长时间？", f"大概{tons}吨，一直是露天堆放的。"),
            (
                "堆场为什么没有采取密闭、围挡、遮盖等措施？",
                "原来的防尘网被风吹坏了，还没来得及更换，洒水车这几天也坏了。",
            ),
        ],
        witness_qa=[],
        facts=(
            f"当事人系建材生产企业，其在厂区露天堆放{material}约{tons}吨，未采取密闭、围挡、遮盖、清扫、洒水等措施，"
            "物料堆存、装卸过程中产生的粉尘无组织排放。"
        ),
        evidence=[
            "现场检查（勘察）笔录、现场照片及视频资料，证明当事人物料堆场未采取抑尘措施",
            "调查询问笔录，证明当事人物料堆存情况",
        ],
        collected=[
            ("现场照片", "6张", "证明物料露天堆放未遮盖"),
            ("执法记录仪视频光盘", "1张", "证明装卸作业扬尘情况"),
        ],
        violated=[prc(AIR, "第四十八条第二款")],
        basis=[prc(AIR, "第一百零八条第（五）项")],
        nature="未采取密闭、围挡、遮盖、清扫、洒水等措施控制、减少粉尘排放的违法行为",
        discretion=discretion_text(ctx, "general", "")[0],
        discretion_basis=[],
        rectify=["立即对露天堆放的物料进行全覆盖", "建设密闭料仓或者围挡并配套喷淋抑尘设施"],
        rectify_days=30,
        fine=fine,
        statement_text="我公司已经更换了防尘网并恢复洒水作业，请求从轻处罚。",
    )


def _water_excess(ctx: Ctx) -> Violation:
    rng = ctx.rng
    factor, limit = rng.choice((("化学需氧量", 100), ("氨氮", 15), ("总磷", 1)))
    measured = (Decimal(limit) * Decimal(rng.randint(130, 420)) / 100).quantize(Decimal("0.1"))
    times = (measured / limit - 1).quantize(Decimal("0.01"))
    report_no = f"{ctx.agency.region.city[:-1]}环监字（{ctx.inspection.year}）第{rng.randint(100, 999)}号"
    fine = ctx.round_fine(100000, 300000, 10000)
    industry = rng.choice(("食品加工", "肉制品加工", "豆制品加工", "酱腌菜生产"))
    return Violation(
        key="water_excess",
        cause="超过水污染物排放标准排放水污染物",
        source="监督检查",
        source_text=f"{ctx.day}，本局执法人员对当事人开展现场检查并委托监测机构对其废水总排口外排废水进行采样监测。",
        place=ctx.party.address,
        scene=[
            f"当事人主要从事{industry}，建有废水处理设施一套。检查时，废水处理设施正在运行，废水总排口有废水外排，"
            "外排废水经市政管网进入污水处理厂。",
            f"监测人员在废水总排口采集外排废水样品，监测报告（{report_no}）显示{factor}浓度为{measured}mg/L，"
            f"超过《污水综合排放标准》（GB 8978-1996）规定的排放限值（{limit}mg/L）{times}倍。",
        ],
        qa=[
            (
                "你公司废水处理设施的处理工艺和设计处理能力是什么？",
                f"采用调节池加生化处理工艺，设计处理能力每天{rng.randint(50, 400)}吨。",
            ),
            (
                f"对监测报告显示外排废水{factor}超标，你有什么意见？",
                "对监测结果没有异议，那几天生产量大，处理设施负荷不够。",
            ),
            ("你公司是否对超标排放采取了措施？", "已经减产，并增加了药剂投加量，准备对设施进行改造。"),
        ],
        witness_qa=[
            ("你在公司负责什么工作？", "我负责污水站的日常运行和台账记录。"),
            ("检查当天污水处理设施运行是否正常？", "设备在运行，但是进水量比平时大很多。"),
        ],
        facts=(
            f"当事人从事{industry}，生产废水经其废水处理设施处理后通过总排口排放。{ctx.day}，本局委托监测机构对当事人"
            f"废水总排口外排废水进行采样监测，监测报告（{report_no}）显示，外排废水中{factor}浓度为{measured}mg/L，"
            f"超过《污水综合排放标准》（GB 8978-1996）规定的排放限值{times}倍。"
        ),
        evidence=[
            "现场检查（勘察）笔录及现场照片，证明当事人外排废水的情况",
            f"监测报告（{report_no}），证明外排废水{factor}超标",
            "调查询问笔录，证明当事人对超标排放事实无异议",
        ],
        collected=[
            ("监测报告复印件", "1份", f"证明外排废水{factor}浓度超标"),
            ("采样记录复印件", "1份", "证明采样时间、点位"),
        ],
        violated=[prc("水污染防治法", "第十条")],
        basis=[prc("水污染防治法", "第八十三条第（二）项")],
        nature="超过水污染物排放标准排放水污染物的违法行为",
        discretion=f"当事人外排废水{factor}超标{times}倍，依据生态环境行政处罚裁量基准，本局决定在法定处罚幅度内给予处罚。",
        discretion_basis=[],
        rectify=["立即采取限制生产等措施，确保外排废水稳定达标", "对废水处理设施进行升级改造"],
        rectify_days=0,
        fine=fine,
        statement_text="超标是偶发情况，我公司已经整改并达标排放，请求减轻处罚。",
    )


def _burning(ctx: Ctx) -> Violation:
    rng = ctx.rng
    waste = rng.choice(("废旧塑料", "废旧轮胎及橡胶制品", "生活垃圾及废塑料", "废旧电线外皮"))
    fine = ctx.round_fine(500, 2000, 100)
    return Violation(
        key="burning",
        cause="在人口集中地区焚烧产生有毒有害烟尘的物质",
        source="投诉举报",
        source_text=f"{ctx.day}，本局接到群众举报，反映有人在居民区附近焚烧垃圾，浓烟刺鼻。",
        place=f"{ctx.party.address}旁空地",
        scene=[
            f"执法人员到达现场时，当事人正在空地上焚烧{waste}，现场有明火和黑烟，周边约50米范围内为居民住宅。",
            "执法人员当即责令当事人熄灭明火，并对现场进行了拍照、录像。",
        ],
        qa=[
            (f"你为什么在这里焚烧{waste}？", "收来的废品里面有些卖不掉，想烧掉省事。"),
            ("你是否知道在人口集中地区焚烧此类物质是违法的？", "不知道，以后再也不烧了。"),
        ],
        witness_qa=[],
        facts=f"当事人在人口集中地区的{ctx.party.address}旁空地露天焚烧{waste}，产生有毒有害烟尘和恶臭气体。",
        evidence=[
            "现场检查（勘察）笔录、现场照片及视频资料，证明当事人露天焚烧的事实",
            "调查询问笔录，证明当事人焚烧物品的情况",
        ],
        collected=[("现场照片", "5张", "证明焚烧现场情况")],
        violated=[prc(AIR, "第八十二条第一款")],
        basis=[prc(AIR, "第一百一十九条第二款")],
        nature="在人口集中地区焚烧产生有毒有害烟尘和恶臭气体的物质的违法行为",
        discretion=discretion_text(ctx, "lighter", "当场熄灭明火并清理现场")[0],
        discretion_basis=[],
        rectify=["立即停止焚烧行为并清理焚烧残留物"],
        rectify_days=0,
        fine=fine,
        statement_text="我是第一次，不知道规定，请求少罚点。",
    )


register(
    ViolationKind(
        "voc",
        "生态环境",
        ("organization", "individual_business"),
        "家具制造",
        "家具加工厂",
        "家具制造；家具销售；木制品加工",
        _voc,
    )
)
register(
    ViolationKind("dust", "生态环境", ("organization",), "新型建材", "", "水泥制品制造；建筑材料销售；砂石加工", _dust)
)
register(
    ViolationKind(
        "water_excess", "生态环境", ("organization",), "食品", "", "食品生产；肉制品加工；农副食品加工", _water_excess
    )
)
register(ViolationKind("burning", "生态环境", ("individual",), "", "", "", _burning))
