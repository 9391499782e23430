"""What a person's name looks like: a known surname (百家姓 and the common modern ones, compound surnames too) and one
or two more characters, not a word of the forms (同意 / 经营者 / 金额 …) and not a place.

Names found next to a label or in a 笔录 answer are accepted only when they pass ``is_person_name``; names that the
extraction already knows (当事人, 法定代表人, 执法人员 …) pass the same test, so a mis-read value (以上记录情况属实)
never becomes a "person" to replace everywhere.
"""

from __future__ import annotations

from extractors import patterns as P

from .regions import is_region


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_HUNDRED = (
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方"
    "俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧"
    "计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫"
    "经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓"
    "牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙"
    "池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向"
    "古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢"
    "关蒯相查后荆红游竺权逯盖益桓公"
)
_MODERN = "肖付覃闫岳帅晋揭练粟佘苟敬甯仝代兰母银占门信鄢栗豆税邝冼阳谌谯蹇禤卿凃涂钏晃那雒"
#: single-character surnames
SURNAMES: frozenset[str] = frozenset(_HUNDRED + _MODERN)
#: two-character surnames (checked before the single ones)
COMPOUND_SURNAMES: frozenset[str] = _words(
    """
    欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 司空 夏侯 令狐 端木 西门 南宫 独孤 呼延 轩辕 澹台
    公冶 太史 申屠 钟离 闻人 赫连 濮阳 拓跋 百里 东郭 第五 万俟 左丘 梁丘 微生 羊舌 公羊 谷梁 乐正 漆雕 壤驷 仲孙
    亓官
    """
)
#: surnames that are far more often a function word: a 3-character reading starting with one is tried last in prose
WEAK_SURNAMES: frozenset[str] = frozenset(
    "和于从向为同将及都还只由经能通别步国文东公相后红权益空利师须那全平明成计常安时元"
)

#: words of the forms that stand where a name would (负责人：同意 / 签收人：本人 / 我是经营者): never a name
FORM_WORDS: frozenset[str] = _words(
    """
    同意 同上 同前 无 本人 拒签 拒绝 签名 签字 签章 签收 盖章 捺印 日期 时间 地点 见证 经办 记录 承办 审核 审批 负责
    主持 法人 单位 公司 个人 经营 经营者 经营户 经查 经核 经审 经研究 经讨论 经调查 公章 印章 不详 暂无 经营场所
    工作单位 当事人 法定代表人 现场负责人 负责人 执法人员 委托代理人 被询问人 被检查人 受送达人 送达人 签收人 记录人
    询问人 检查人 见证人 承办人 审核人 主持人 参加人员 列席人员 联系人 举报人 投诉人 监护人 证人 员工 店员 老板 股东
    会计 出纳 厨师 保安 经理 店长 厂长 主任 局长 科长 股长 队长 组长 站长 妻子 丈夫 儿子 女儿 父亲 母亲 朋友 同事
    邻居 亲戚 女士 先生 阿姨 老人 小孩 孩子 司机 顾客 师傅 房东 家属
    """
)
#: words shaped like a name (surname + one or two characters) that are words of ordinary prose (and the form words):
#: not a name where the text only suggests one (我是… / 证人… / speaker lines); a name the extraction or a label gives
#: is checked against FORM_WORDS only (an officer may be called 黎明)
NOT_NAMES: frozenset[str] = FORM_WORDS | _words(
    """
    同意 同上 同前 无 本人 拒签 拒绝 签名 签字 签章 盖章 捺印 日期 时间 地点 见证 经办 记录 承办 审核 审批 负责 主持
    法人 单位 公司 个人 经营 经营者 经营户 经查 经核 经审 经研究 经讨论 经调查 金额 金融 万元 元整 高度 文明 张贴
    白天 司法 马上 常规 任何 周围 全部 全体 全面 全程 全额 平台 平时 明确 明显 明细 成立 成员 成本 成都 成品 时任
    时期 时段 安全 安排 安装 安置 常年 常住 常务 计算 计划 计量 元月 和解 和平 于是 从事 从业 从此 向其 为其 为此
    将其 及时 都是 还有 由于 由其 能够 通过 通知 通报 别人 步骤 国家 国内 国务院 文件 文书 文号 文化 东西 东侧 公安
    公告 公示 公开 公章 公民 公众 公证 相关 相应 相符 后果 后续 后期 红色 权利 权限 益处 空白 利润 利益 利用 师傅
    须知 那里 全市 明天 查明 查处 查封 查获 查看 查验 查询 查阅 车辆 车间 车主 车牌 车架 车门 车库 车站 严重 严格
    严禁 华人 金属 金牌 钱款 孙子 李子 周边 周末 周年 郑重 陈述 陈列 陈旧 卫生 卫星 韩国 杨树 朱红 秦岭 许可 许多
    何时 何地 何种 施工 施行 孔洞 华丽 陶瓷 谢谢 云南 苏州 范围 范本 马路 马桶 方面 方式 方法 方案 方向 方便 任务
    任职 任期 任意 柳树 史料 费用 廉洁 雷同 贺卡 罗列 毕业 安徽 常见 乐器 乐山 于此 时候 时间段 齐全 康复 余额 余款
    余下 余量 元旦 顾客 顾问 平方 平均 平米 黄色 黄金 和谐 毛利 毛重 毛巾 米面 贝壳 明知 计入 伏天 成交 成分 成年
    成绩 成果 成效 戴帽 谈话 宋体 茅台 庞大 熊猫 纪律 纪要 舒适 屈服 项目 项下 祝贺 董事 董事长 杜绝 蓝色 席位 季度
    季节 麻烦 强制 强调 强化 路口 路段 路面 路线 危害 危险 危化品 江苏 江西 童装 颜色 梅花 盛装 林业 林地 刁难 钟表
    高于 高达 高温 高压 高速 高档 夏季 田地 田间 胡同 凌晨 万一 支付 支出 支持 支队 管理 管辖 管理人 莫名 房屋 房产
    房间 房东 房主 干净 干扰 解释 解决 解除 应当 应该 应急 宗旨 宣传 宣告 宣读 单据 单价 单独 单人 杭州 洪水 包括
    包装 包含 诸如 左右 左侧 石材 吉林 钮扣 程序 程度 滑动 陆续 荣誉 羊肉 惠民 甄别 曲线 家属 家庭 家中 家里 封存
    封条 储存 储藏 段落 富裕 乌鲁 焦点 巴士 牧场 山西 山东 谷物 车型 全国 宁夏 甘肃 厉行 祖国 武汉 武装 符合 景区
    束缚 龙头 叶片 幸福 司机 黎明 印章 印刷 宿舍 白色 怀疑 从而 从中 索要 索赔 咸阳 籍贯 卓越 屠宰 蒙古 池塘 阴凉
    能力 能源 双方 闻讯 党委 党员 贡献 劳动 劳务 申请 申辩 申报 申明 扶持 堵塞 宰杀 桑拿 桂林 牛肉 寿命 通道 通讯
    边缘 燕麦 浦东 尚未 尚有 农业 农药 农户 农村 温度 温馨 别的 庄园 柴油 充分 充电 连续 连同 连锁 习惯 鱼类 容器
    容量 向前 古代 易燃 易于 慎重 终止 终端 居民 居住 衡量 步行 都市 满足 满意 弘扬 国际 国标 国产 文字 文物 广告
    广场 广东 广西 东部 东面 利率 越来 隆重 师范 巩固 勾选 融资 冷藏 冷冻 冷库 辛苦 那些 简易 简称 简要 简单 空调
    空间 曾经 曾用名 沙发 沙石 养殖 须经 丰富 关于 关闭 关系 关联 相同 相对 相比 查获物 后来 后门 红旗 游客 游戏
    游泳 权属 盖章处 益阳 公司名 公布 公斤 公里 付款 付出 练习 占用 占地 门店 门口 门面 门市 信息 信用 信号 代表
    代理 代收 代码 兰州 银行 税务 税收 阳光 涂料 涂改 母婴 经营场所 工作单位 当事人 法定代表人 现场负责人 负责人
    执法人员 委托代理人 被询问人 被检查人 受送达人 送达人 签收人 记录人 询问人 检查人 见证人 承办人 审核人 主持人
    参加人员 列席人员 联系人 举报人 投诉人 监护人 证人 员工 店员 老板 股东 会计 出纳 厨师 保安 经理 店长 厂长 主任
    局长 科长 股长 队长 组长 站长 妻子 丈夫 儿子 女儿 父亲 母亲 朋友 同事 邻居 亲戚 女士 先生 阿姨 老人 小孩 孩子
    """
)
#: characters that end a run of prose after a name more often than they end the name (龙静向当事人: 龙静, not 龙静向)
PARTICLES = "系是为于在到向对称说讲等和与及均也就将已未因的把被给从让"
#: two-character words that often follow a name and start with a common name character (彭玲正在… / 王刚才…)
ADVERBS = _words("正在 刚才 刚刚 仍然 仍在 当时 现在 随后 马上 立即 曾经 已经")
#: endings that make a would-be name a title or a form of address: 王女士 / 张老板 / 李经理
_TITLE_ENDS = tuple(_words("女士 先生 老板 经理 师傅 阿姨 老师 主任 局长 科长 股长 队长 同志"))


#: given names that are words of time or place in prose: 于当日 / 于次日 / 于当场 are no persons
_NOT_GIVEN = _words(
    """
    当日 当天 当时 当场 次日 同日 同年 当年 当月 即日 近日 日前 此前 此后 上午 下午 中午 晚上 凌晨 今日 昨日
    本日 本月 本年 今年 去年 上述 以上 以下 其中 其他 其它 现场 店内 店外 门口 附近 本人 本局
    """
)


def surname_of(name: str) -> str:
    """The surname of ``name`` (compound first), "" when it starts with none."""
    if name[:2] in COMPOUND_SURNAMES:
        return name[:2]
    return name[:1] if name[:1] in SURNAMES else ""


def is_person_name(name: str, *, strict: bool = True) -> bool:
    """True for 张三 / 肖晓东 / 欧阳明明 / 阿依古丽·买买提; False for 同意 / 经营者 / 成都 / 张某某 /
    以上记录情况属实. ``strict`` (a name only suggested by prose) also refuses ordinary words (高度 / 金额 / 黎明)."""
    if "·" in name:
        parts = name.split("·")
        return len(parts) == 2 and all(1 <= len(p) <= 8 and all(P.HAN.match(c) for c in p) for p in parts)
    if not 2 <= len(name) <= 4 or not all(P.HAN.match(c) for c in name):
        return False
    surname = surname_of(name)
    if not surname or not 1 <= len(name) - len(surname) <= 2:
        return False
    words = NOT_NAMES if strict else FORM_WORDS
    if name in words or name.endswith(_TITLE_ENDS) or "某" in name or name[len(surname) :] in _NOT_GIVEN:
        return False
    if is_region(name):
        return False
    return not any(name[:k] in words for k in range(2, len(name)))


def readings(run: str, *, at_end: bool) -> list[str]:
    """Name readings of a run of Han characters, best first: the last 2–4 characters (``at_end``: a name just
    before 的妻子) or the first (a name just after 我叫). Longer readings first, but one starting with a weak surname
    (和 / 于 / 从 …) after the shorter ones."""
    sizes = [n for n in (4, 3, 2) if n <= len(run)]
    cands = [run[-n:] if at_end else run[:n] for n in sizes]
    valid = [c for c in cands if is_person_name(c)]
    return sorted(valid, key=lambda c: (c[0] in WEAK_SURNAMES and len(c) > 2, -len(c)))
