"""市场监管: food safety, price marking, food workers' health certificates, false advertising."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from samples.content.companies import company_name, trade_name
from samples.content.spec import Violation
from samples.content.textfmt import cn_date
from samples.content.violations.base import Ctx, ViolationKind, discretion_text, prc, register

# (name, unit, price range yuan, shelf life in months)
FOODS = (
    ("“蜀香”牌麻辣牛肉干（200g/袋）", "袋", (28, 45), 9),
    ("“川妹”牌牛油火锅底料（400g/袋）", "袋", (18, 32), 12),
    ("“天府”牌纯牛奶（250ml×12盒/箱）", "箱", (45, 69), 6),
    ("“巴蜀”牌鲜花饼（300g/盒）", "盒", (25, 39), 3),
    ("“金穗”牌鸡蛋挂面（1kg/袋）", "袋", (9, 15), 12),
    ("“嘉禾”牌原味酸奶（200g/杯）", "杯", (5, 9), 1),
    ("“锦源”牌豆瓣酱（500g/瓶）", "瓶", (12, 22), 18),
    ("“山城”牌沙琪玛（470g/袋）", "袋", (15, 26), 6),
)


def _expired_food(ctx: Ctx) -> Violation:
    rng = ctx.rng
    food, unit, (p_lo, p_hi), months = rng.choice(FOODS)
    price = Decimal(rng.randint(p_lo, p_hi))
    cost = (price * Decimal("0.72")).quantize(Decimal("0.1"))
    bought = rng.randint(10, 40)
    sold = rng.randint(2, min(12, bought - 3))
    stock = rng.randint(2, bought - sold)
    expiry = ctx.before(5, 40)
    produced = expiry - dt.timedelta(days=30 * months)
    purchase = produced + dt.timedelta(days=rng.randint(10, 25))
    sold_after = expiry + dt.timedelta(days=1)
    income = price * sold
    value = price * (sold + stock)
    supplier = company_name(rng, ctx.agency.region, trade_name(rng), "食品贸易")
    mode = rng.choice(
        ("general", "lighter", "reduce") if ctx.party.party_type != "organization" else ("general", "reduce")
    )
    remedy = "主动下架、封存涉案食品并召回已售食品"
    discretion, basis = discretion_text(ctx, mode, remedy)
    fine = (
        ctx.round_fine(10000, 30000)
        if mode == "reduce"
        else ctx.round_fine(50000, 60000 if mode == "lighter" else 80000)
    )
    facts = (
        f"当事人于{cn_date(purchase)}从{supplier}购进{food}共{bought}{unit}，进货价格为{cost}元/{unit}，"
        f"以{price}元/{unit}的价格在其经营场所对外销售。该批食品生产日期为{cn_date(produced)}，保质期{months}个月，"
        f"保质期至{cn_date(expiry)}。保质期届满后，当事人未及时清理下架，自{cn_date(sold_after)}起继续销售，"
        f"截至{ctx.day}被本局执法人员查获时，共销售超过保质期的{food}{sold}{unit}，尚有库存{stock}{unit}。"
        f"当事人经营的上述超过保质期的食品货值金额共计{value}元，违法所得{income}元。"
    )
    return Violation(
        key="expired_food",
        cause="销售超过保质期的食品",
        source="监督检查",
        source_text=f"{ctx.day}，本局执法人员在日常监督检查中发现当事人经营场所货架上摆放有超过保质期的{food}，涉嫌经营超过保质期的食品。",
        place=ctx.party.address,
        scene=[
            f"执法人员在当事人经营场所的食品销售区货架上发现{food}{stock}{unit}，外包装标注的生产日期为{cn_date(produced)}，"
            f"保质期{months}个月，已超过保质期。上述食品明码标价{price}元/{unit}，处于待售状态。",
            "执法人员对上述食品及其标签进行了拍照取证，并当场责令当事人将其下架、单独存放。",
        ],
        qa=[
            (f"你们是否销售过{food}？", "销售过，就是你们今天在货架上看到的那个。"),
            (
                "这批食品是从哪里进的货？一共进了多少？",
                f"是{cn_date(purchase)}从{supplier}进的，一共进了{bought}{unit}，进价每{unit}{cost}元，有送货单。",
            ),
            (
                "你们的销售价格是多少？截至检查时卖了多少？",
                f"每{unit}卖{price}元。过期以后卖出去{sold}{unit}，还剩{stock}{unit}，就是你们查到的那些。",
            ),
            (
                f"执法人员检查时发现这{stock}{unit}{food}已经超过保质期，你是否知道？",
                f"当时不知道，保质期到{cn_date(expiry)}，是店员没有及时清理下架，是我们的疏忽。",
            ),
            (
                "你们平时是否对食品的保质期进行检查？有没有建立进货查验记录？",
                "有进货台账，平时每周检查一次临期食品，这次是漏掉了。",
            ),
            ("超过保质期的食品是否造成消费者身体不适？有没有接到投诉？", "没有接到过投诉，也没有人反映吃了有问题。"),
        ],
        witness_qa=[
            ("你在店里做什么工作？", "我是店里的营业员，负责理货和收银。"),
            (f"货架上超过保质期的{food}平时由谁负责检查下架？", "平时由我负责检查保质期，这次没有检查到，是我的疏忽。"),
            (f"过期以后一共卖出去多少{unit}？", f"收银系统里查得到，一共卖了{sold}{unit}。"),
        ],
        facts=facts,
        evidence=[
            "现场笔录及现场照片，证明当事人经营场所内存放超过保质期的食品用于销售的事实",
            "询问笔录，证明当事人购进、销售超过保质期食品的经过",
            f"{supplier}出具的送货单复印件，证明涉案食品的进货时间、数量及价格",
            "当事人收银系统销售记录截图，证明涉案食品的销售数量及违法所得",
        ],
        collected=[
            (f"超过保质期的{food}", f"{stock}{unit}（已拍照）", "证明当事人经营超过保质期的食品"),
            ("送货单复印件", "1份", "证明涉案食品的进货来源、数量及价格"),
            ("收银系统销售记录截图", "2页", "证明涉案食品的销售数量及金额"),
        ],
        violated=[prc("食品安全法", "第三十四条第（十）项")],
        basis=[prc("食品安全法", "第一百二十四条第一款第（五）项")],
        nature="经营超过保质期的食品的违法行为",
        discretion=discretion,
        discretion_basis=basis,
        rectify=[
            "立即停止经营超过保质期的食品，并对在售食品进行全面清查",
            "建立并严格执行临近保质期食品定期检查、清理制度",
        ],
        rectify_days=0,
        fine=fine,
        income=income,
        goods=f"超过保质期的{food}{stock}{unit}",
        statement_text="我单位系初次违法，涉案食品数量少、货值低，发现问题后立即进行了整改，请求从轻处罚。",
        mentions={"companies": [supplier]},
    )


def _price_tag(ctx: Ctx) -> Violation:
    rng = ctx.rng
    goods = rng.sample(
        ["鲜猪肉", "牛肉", "鸡蛋", "大米", "菜籽油", "白菜", "土豆", "苹果", "香蕉", "挂面", "散装白酒"], 4
    )
    count = rng.randint(6, 18)
    listing = "、".join(goods)
    source = rng.choice(("监督检查", "投诉举报"))
    source_text = (
        f"{ctx.day}，本局接到消费者投诉，反映当事人销售的{goods[0]}等商品未标示价格，结账时才告知价格。"
        if source == "投诉举报"
        else f"{ctx.day}，本局执法人员在农贸市场价格专项检查中发现当事人销售的商品未明码标价。"
    )
    person = ctx.party.party_type == "individual"
    if ctx.simple():
        fine = (
            rng.choice((100, 200))
            if person or ctx.party.party_type == "individual_business"
            else rng.choice((500, 1000, 2000))
        )
    else:
        fine = ctx.round_fine(200, 1000, 100) if person else ctx.round_fine(1000, 3000, 500)
    discretion, basis = discretion_text(ctx, "lighter", "当场补齐价签")
    return Violation(
        key="price_tag",
        cause="未按规定明码标价",
        source=source,
        source_text=source_text,
        place=ctx.party.address,
        scene=[
            f"执法人员在当事人经营场所检查发现，其陈列销售的{listing}等{count}种商品未设置价签，"
            "也未以其他方式标示商品的品名、规格、计价单位和价格。",
            "执法人员对上述情况进行了拍照取证。",
        ],
        qa=[
            (
                f"你们店里销售的{listing}等商品为什么没有标示价格？",
                "价签前几天换货架的时候取下来了，一直没有重新放上去。",
            ),
            ("未标价的商品一共有多少种？从什么时候开始的？", f"一共{count}种左右，大概是一个星期前开始的。"),
            ("这段时间是否存在多收消费者费用的情况？", "没有，都是按原来的价格卖的，有销售小票可以查。"),
        ],
        witness_qa=(
            [("你当天在店里买了什么？", f"买了{goods[0]}和{goods[1]}，货架上没有价格，结账时才知道多少钱。")]
            if source == "投诉举报"
            else []
        ),
        witness_role="customer",
        facts=(
            f"当事人在其经营场所陈列销售{listing}等{count}种商品，未按照规定标示商品的品名、计价单位和价格等内容。"
            "经查，未发现当事人在标价之外加价出售商品或者收取未予标明的费用的情况，违法所得无法计算。"
        ),
        evidence=[
            "现场检查笔录及现场照片，证明当事人销售的商品未明码标价的事实",
            "询问笔录，证明当事人未明码标价的时间及范围",
        ],
        collected=[
            ("现场照片", f"{rng.randint(3, 6)}张", "证明商品未标示价格"),
            ("销售小票", "3张", "证明商品实际销售价格"),
        ],
        violated=[prc("价格法", "第十三条第一款")],
        basis=[prc("价格法", "第四十二条")],
        nature="未按照规定明码标价的违法行为",
        discretion=discretion,
        discretion_basis=basis,
        rectify=["立即对所售商品按规定明码标价，做到价签齐全、货签对位、标识醒目"],
        rectify_days=0,
        fine=fine,
        statement_text="我们已经当场把价签补齐了，也没有多收顾客的钱，希望从轻处理。",
        simple_place=ctx.party.address,
    )


def _health_cert(ctx: Ctx) -> Violation:
    rng = ctx.rng
    staff = ctx.names.name(rng.random() < 0.4)
    post = rng.choice(("凉菜间切配", "面点制作", "餐具分装", "现场烹饪"))
    return Violation(
        key="health_cert",
        cause="安排未取得健康证明的人员从事接触直接入口食品工作",
        source="监督检查",
        source_text=f"{ctx.day}，本局执法人员对当事人经营场所进行食品安全监督检查时，发现其从业人员{staff}未取得健康证明。",
        place=ctx.party.address,
        scene=[
            f"执法人员在当事人后厨检查时，发现从业人员{staff}正在从事{post}工作，属于接触直接入口食品的工作。"
            f"经查验，当事人不能提供{staff}的有效健康证明。",
        ],
        qa=[
            (f"{staff}在你们店里从事什么工作？什么时候入职的？", f"负责{post}，是上个月才来店里上班的。"),
            (f"{staff}是否取得了健康证明？", "还没有办，本来说这两天去体检的。"),
            ("你们店里其他从业人员是否都取得了健康证明？", "其他人都有，都挂在墙上的。"),
        ],
        witness_qa=[(f"你是否是{staff}本人？你在店里负责什么？", f"是的，我负责{post}，健康证还没有办。")],
        facts=f"当事人安排未取得健康证明的从业人员{staff}从事{post}等接触直接入口食品的工作。",
        evidence=[
            "现场检查笔录及现场照片，证明当事人安排未取得健康证明的人员从事接触直接入口食品工作的事实",
            "询问笔录，证明相关从业人员的入职时间及工作岗位",
        ],
        collected=[
            ("从业人员花名册复印件", "1份", "证明从业人员情况"),
            ("现场照片", "3张", "证明从业人员从事接触直接入口食品的工作"),
        ],
        violated=[prc("食品安全法", "第四十五条第二款")],
        basis=[prc("食品安全法", "第一百二十六条第一款第（六）项")],
        nature="安排未取得健康证明的人员从事接触直接入口食品工作的违法行为",
        discretion="当事人的违法行为依法应当给予警告。",
        discretion_basis=[],
        rectify=[f"立即停止安排{staff}从事接触直接入口食品的工作，待其取得健康证明后方可上岗"],
        rectify_days=0,
        fine=0,
        warning=True,
        statement_text="该员工已经去做了健康体检，我们今后一定注意。",
        mentions={"persons": [staff]},
        simple_place=ctx.party.address,
    )


def _false_ad(ctx: Ctx) -> Violation:
    rng = ctx.rng
    product = rng.choice(("“清颜”牌祛斑精华液", "“骨康”牌氨糖钙片", "“青春源”牌胶原蛋白肽饮品", "“睡宝”牌助眠枕"))
    claim = rng.choice(("7天祛斑、永不复发", "治疗关节炎、骨质增生", "逆转衰老、年轻十岁", "根治失眠、有效率100%"))
    cost = rng.randint(3, 25) * 1000
    multiple = rng.choice((3, 3, 4, 5))
    platform = rng.choice(("其微信公众号", "其经营场所门口的电子显示屏", "其在某团购平台开设的店铺页面"))
    start = ctx.before(30, 90)
    return Violation(
        key="false_ad",
        cause="发布虚假广告",
        source="投诉举报",
        source_text=f"{ctx.day}，本局收到消费者举报，反映当事人在{platform}发布的{product}广告宣称“{claim}”，涉嫌发布虚假广告。",
        place=ctx.party.address,
        scene=[
            f"执法人员在当事人经营场所检查，当事人现场负责人通过手机登录{platform}，"
            f"该处发布的{product}广告中含有“{claim}”等内容，广告自{cn_date(start)}起发布，至检查时仍在发布。",
            "执法人员对上述广告页面进行了截图和电子数据提取。",
        ],
        qa=[
            (f"{platform}上{product}的广告是谁设计制作、发布的？", "是我们公司自己做的，由公司员工负责更新。"),
            (f"广告中“{claim}”的说法有什么依据？", "没有相关的检测报告或者临床数据，是参考别人的宣传写的。"),
            (
                "该广告发布了多长时间？花了多少广告费用？",
                f"从{cn_date(start)}开始发的，设计、制作和推广一共花了{cost}元，有发票。",
            ),
        ],
        witness_qa=[],
        facts=(
            f"当事人自{cn_date(start)}起在{platform}发布{product}的广告，宣称该产品“{claim}”。经查，当事人不能提供"
            f"证明上述内容真实的任何依据，该广告内容与实际情况不符，对消费者的购买行为有实质性影响。"
            f"当事人为发布上述广告支付广告费用共计{cost}元。"
        ),
        evidence=[
            "现场检查笔录及电子数据提取笔录，证明当事人发布涉案广告的内容和时间",
            "询问笔录，证明当事人设计、制作、发布涉案广告的经过",
            "广告费用发票复印件，证明当事人支付的广告费用",
        ],
        collected=[("广告页面截图", "6页", "证明涉案广告的内容"), ("广告费用发票复印件", "2份", "证明广告费用金额")],
        violated=[prc("广告法", "第二十八条第二款第（二）项")],
        basis=[prc("广告法", "第五十五条第一款")],
        nature="发布虚假广告的违法行为",
        discretion=f"综合考虑当事人违法行为的持续时间、影响范围等情节，本局决定处广告费用{multiple}倍的罚款。",
        discretion_basis=[],
        rectify=["立即停止发布涉案广告", "在相应范围内消除影响"],
        rectify_days=0,
        fine=cost * multiple,
        statement_text="涉案广告发布时间短，已经全部删除，请求减轻处罚。",
    )


register(
    ViolationKind(
        "expired_food",
        "市场监管",
        ("organization", "individual_business"),
        "商贸",
        "便利店",
        "食品销售（仅销售预包装食品）；日用百货销售",
        _expired_food,
    )
)
register(
    ViolationKind(
        "price_tag",
        "市场监管",
        ("organization", "individual_business", "individual"),
        "农副产品",
        "生鲜超市",
        "食用农产品零售；食品销售；日用百货销售",
        _price_tag,
        simple=True,
        minor=True,
    )
)
register(
    ViolationKind(
        "health_cert",
        "市场监管",
        ("organization", "individual_business"),
        "餐饮管理",
        "小吃店",
        "餐饮服务；食品销售",
        _health_cert,
        simple=True,
        minor=True,
    )
)
register(
    ViolationKind(
        "false_ad",
        "市场监管",
        ("organization",),
        "健康科技",
        "",
        "保健食品（预包装）销售；化妆品零售；健康咨询服务（不含诊疗服务）",
        _false_ad,
    )
)
