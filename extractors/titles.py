"""Document titles: canonical types of reference §1.1 and the alias titles seen in official template sets.

Data only. ``ALIASES`` maps a normalised title (no white space, no brackets) to (DocType, variant). Variants name
the sub-form a check may need (当场行政处罚决定书, 不予行政处罚决定书, 听证笔录 …).
"""

from __future__ import annotations

from extractors.model import DocType

T = DocType

# (doc type, variant or None, titles). Brackets are dropped when normalising: 询问(调查)笔录 -> 询问调查笔录.
_TABLE: tuple[tuple[DocType, str | None, tuple[str, ...]], ...] = (
    (T.COVER, None, ("案卷封面", "卷宗封面", "案卷封皮", "卷皮", "行政处罚案卷", "行政执法案卷", "案卷")),
    (T.TOC, None, ("卷内目录", "卷内文件目录", "卷内文件目录表", "案卷目录", "正卷目录", "副卷目录", "案卷材料目录")),
    (
        T.CASE_SOURCE,
        None,
        (
            "案件来源登记表",
            "案件受理记录",
            "举报投诉案件登记表",
            "举报案件登记表",
            "投诉案件登记表",
            "投诉登记表",
            "举报登记表",
            "案源登记表",
            "线索核查表",
            "案件线索登记表",
            "案件来源登记审批表",
        ),
    ),
    (
        T.TRANSFER,
        None,
        (
            "指定管辖通知书",
            "案件交办通知书",
            "案件移送函",
            "案件移送书",
            "查封扣押物品移送告知书",
            "涉嫌犯罪案件移送书",
            "移送案件通知书",
        ),
    ),
    (
        T.FILING,
        None,
        (
            "立案审批表",
            "立案不予立案审批表",
            "行政处罚立案审批表",
            "行政处罚案件立案审批表",
            "立案报告表",
            "立案呈批表",
            "立案登记表",
            "立案决定书",
            "案件立案审批表",
            "立案报告",
            "不予立案审批表",
        ),
    ),
    (T.FILING, "撤销立案", ("撤销立案审批表", "销案审批表")),
    (
        T.INSPECTION_RECORD,
        None,
        (
            "现场检查笔录",
            "现场笔录",
            "检查笔录",
            "勘验笔录",
            "现场检查勘验笔录",
            "现场检查勘察笔录",
            "查封扣押现场笔录",
            "现场勘验笔录",
            "现场检查记录",
        ),
    ),
    (T.INQUIRY_RECORD, None, ("询问笔录", "调查询问笔录", "询问调查笔录", "调查笔录", "询问记录")),
    (T.INQUIRY_RECORD, "询问通知书", ("询问通知书", "询问调查通知书")),
    (
        T.EVIDENCE_COLLECTION,
        None,
        (
            "证据提取单",
            "证据复制提取单",
            "证据复制单",
            "电子数据证据提取笔录",
            "取证单",
            "现场照片证据",
            "现场照片",
            "限期提供材料通知书",
            "协助调查函",
            "证据材料",
            "证据清单",
            "证据目录",
            "现场照片图片影像资料证据",
        ),
    ),
    (
        T.SAMPLING,
        None,
        (
            "抽样记录",
            "抽样取证凭证",
            "抽样取证通知书",
            "采样取证登记单",
            "检测委托书",
            "检验委托书",
            "鉴定委托书",
            "检验检测鉴定委托书",
            "检验结果告知书",
            "检测结果告知书",
            "抽样检测结果告知书",
            "产品确认通知书",
            "检验报告",
            "检测报告",
            "鉴定意见书",
            "监测报告",
        ),
    ),
    (
        T.PRESERVATION,
        None,
        (
            "先行登记保存证据审批表",
            "先行登记保存通知书",
            "证据先行登记保存通知书",
            "解除先行登记保存证据通知书",
            "先行登记保存物品处理通知书",
            "先行登记保存证据通知书",
            "先行登记保存证据物品处理通知书",
            "先行登记保存物品清单",
        ),
    ),
    (
        T.COERCIVE_MEASURE,
        None,
        (
            "实施行政强制措施决定书",
            "查封扣押决定书",
            "查封决定书",
            "扣押决定书",
            "场所设施财物清单",
            "查封扣押清单",
            "延长行政强制措施期限决定书",
            "查封扣押延期通知书",
            "解除行政强制措施决定书",
            "解除查封扣押决定书",
            "行政强制措施决定书",
        ),
    ),
    (
        T.INTERNAL_APPROVAL,
        None,
        (
            "行政处罚案件有关事项审批表",
            "案件处理内部审批表",
            "内部审批表",
            "延长办案期限审批表",
            "中止调查决定书",
            "恢复调查决定书",
            "案件有关事项审批表",
            "延期审批表",
        ),
    ),
    (
        T.RECTIFICATION_ORDER,
        None,
        (
            "责令改正通知书",
            "责令限期改正通知书",
            "责令改正违法行为决定书",
            "责令整改通知书",
            "责令限期整改通知书",
            "限期整改通知书",
        ),
    ),
    (
        T.IDENTITY_EVIDENCE,
        None,
        (
            "营业执照",
            "营业执照副本",
            "身份证",
            "居民身份证",
            "身份证复印件",
            "营业执照复印件",
            "授权委托书",
            "法定代表人身份证明",
            "主体资格证明",
            "当事人主体资格证明",
        ),
    ),
    (
        T.INVESTIGATION_REPORT,
        None,
        (
            "案件调查终结报告",
            "调查终结报告",
            "违法案件调查报告",
            "案件调查报告",
            "行政处罚案件调查报告",
            "案件处理意见书",
            "调查终结审批表",
            "案件调查终结审批表",
        ),
    ),
    (
        T.LEGAL_REVIEW,
        None,
        (
            "案件审核表",
            "法制审核表",
            "案件核审表",
            "案件审核法制审核表",
            "重大执法决定法制审核意见书",
            "法制审核意见书",
            "案件核审意见书",
            "重大行政执法决定法制审核表",
        ),
    ),
    (
        T.COLLECTIVE_DISCUSSION,
        None,
        (
            "集体讨论记录",
            "案件集体讨论笔录",
            "重大复杂案件集体讨论笔录",
            "案件讨论记录",
            "案审会记录",
            "局长办公会纪要",
            "集体讨论笔录",
            "重大案件集体讨论记录",
            "案件集体讨论记录",
        ),
    ),
    (
        T.DECISION_APPROVAL,
        None,
        (
            "案件处理审批表",
            "案件处理呈批表",
            "行政处罚审批表",
            "行政处罚决定审批表",
            "处理意见呈批表",
            "处罚决定审批表",
            "行政处罚案件审批表",
        ),
    ),
    (
        T.NOTICE,
        None,
        (
            "告知书",
            "行政处罚告知书",
            "行政处罚事先告知书",
            "事先告知书",
            "行政处罚事先告知书适用非听证案件",
            "行政处罚决定事先告知书",
            "行政处罚意见告知书",
            "陈述申辩告知书",
        ),
    ),
    (
        T.HEARING_NOTICE,
        None,
        (
            "听证告知书",
            "行政处罚听证告知书",
            "行政处罚事先告知书适用听证案件",
            "事先听证告知书",
            "行政处罚听证权利告知书",
            "听证权利告知书",
        ),
    ),
    (
        T.STATEMENT,
        None,
        (
            "陈述申辩笔录",
            "陈述笔录",
            "申辩笔录",
            "陈述申辩书",
            "陈述申辩意见书",
            "放弃陈述申辩声明",
            "放弃陈述申辩权利声明书",
            "陈述申辩复核意见书",
        ),
    ),
    (T.HEARING, "听证申请书", ("听证申请书",)),
    (T.HEARING, "听证通知书", ("听证通知书", "行政处罚听证通知书", "听证会通知书", "行政处罚听证会通知书")),
    (T.HEARING, "听证笔录", ("听证笔录", "听证会笔录")),
    (T.HEARING, "听证报告", ("听证报告", "听证报告书", "听证意见书")),
    (T.HEARING, "不予受理听证通知书", ("不予受理听证通知书",)),
    (T.DECISION, None, ("行政处罚决定书", "处罚决定书")),
    (
        T.DECISION,
        "当场行政处罚决定书",
        ("当场行政处罚决定书", "当场处罚决定书", "行政处罚决定书简易程序", "简易程序行政处罚决定书"),
    ),
    (T.DECISION, "不予行政处罚决定书", ("不予行政处罚决定书", "不予处罚决定书")),
    (T.SERVICE_ADDRESS, None, ("送达地址确认书", "当事人送达地址确认书", "送达地址及方式确认书")),
    (
        T.SERVICE_RECEIPT,
        None,
        (
            "送达回证",
            "行政处罚文书送达回证",
            "送达回执",
            "邮寄回执",
            "送达公告",
            "文书送达回证",
            "邮件回执",
            "EMS回执",
            "国内标准快递回执",
        ),
    ),
    (
        T.EXECUTION,
        None,
        (
            "罚没款缴款书",
            "罚没款收据",
            "非税收入缴款书",
            "非税收入一般缴款书",
            "延期缴纳罚款审批表",
            "分期缴纳罚款审批表",
            "延期分期缴纳罚款通知书",
            "延期缴纳罚款通知书",
            "分期缴纳罚款通知书",
            "履行行政处罚决定催告书",
            "催告书",
            "强制执行申请书",
            "行政处罚强制执行申请书",
            "罚没物品处理记录",
            "罚没财物处理记录",
            "缴款凭证",
            "罚款缴纳凭证",
            "政府非税收入票据",
            "罚没款票据",
        ),
    ),
    (
        T.CLOSING,
        None,
        ("结案审批表", "行政处罚案件结案报告", "结案报告", "案件结案审批表", "结案审批报告", "结案报告表"),
    ),
    (T.RECORD_NOTE, None, ("备考表", "卷内备考表", "案卷备考表")),
)


def _key(title: str) -> str:
    return "".join(ch for ch in title if ch not in " （）()〔〕[]【】/、")


ALIASES: dict[str, tuple[DocType, str | None]] = {}
for _type, _variant, _titles in _TABLE:
    for _t in _titles:
        ALIASES.setdefault(_key(_t), (_type, _variant))

# Cell labels of approval forms (法制审核意见, 核审意见, 复核意见, 鉴定意见, 负责人意见 …) are deliberately NOT titles:
# a form that runs onto a second page often starts that page with one of them.

#: titles that are too generic to match as a suffix of a longer line (e.g. "…案卷" in a sentence)
NO_SUFFIX_MATCH = frozenset({"案卷", "卷皮", "告知书", "身份证", "现场照片", "催告书", "证据材料"})

#: endings of a line that is probably an unknown document's title
#: (not 意见, 证 or 照: those end the cell labels of forms — 负责人意见, 执法证 — as often as titles)
TITLE_ENDINGS = (
    "书",
    "表",
    "单",
    "笔录",
    "记录",
    "报告",
    "通知",
    "证明",
    "清单",
    "函",
    "凭证",
    "回执",
    "纪要",
    "目录",
    "声明",
)


def title_key(title: str) -> str:
    """The normalised form used for lookup: no white space, no brackets or separators."""
    return _key("".join(title.split()))
