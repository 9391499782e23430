"""Printed titles: each field uses its own template set, with alias titles (reference §1.1) now and then."""

from __future__ import annotations

import random

_COMMON: dict[str, tuple[str, ...]] = {
    "cover": ("行政处罚案卷", "行政处罚案卷", "行政执法案卷"),
    "toc": ("卷内目录", "卷内目录", "卷内文件目录"),
    "source": ("案件来源登记表", "案件来源登记表", "案源登记表"),
    "filing": ("立案审批表", "立案审批表", "行政处罚立案审批表", "立案呈批表"),
    "inspection": ("现场检查笔录",),
    "inquiry": ("询问笔录", "询问笔录", "调查询问笔录"),
    "evidence": ("证据提取单", "证据提取单", "证据复制（提取）单"),
    "rectify": ("责令改正通知书", "责令限期改正通知书"),
    "report": ("案件调查终结报告", "案件调查终结报告", "调查终结报告", "案件调查报告"),
    "legal_review": ("法制审核表", "案件审核表"),
    "discussion": ("案件集体讨论记录", "重大案件集体讨论记录", "集体讨论笔录"),
    "notice": ("行政处罚告知书", "行政处罚告知书", "行政处罚事先告知书"),
    "service": ("送达回证", "送达回证", "行政处罚文书送达回证"),
    "statement": ("陈述申辩笔录",),
    "waiver": ("放弃陈述申辩权利声明书",),
    "approval": ("行政处罚决定审批表", "案件处理审批表", "行政处罚审批表"),
    "decision": ("行政处罚决定书",),
    "simple_decision": ("当场行政处罚决定书",),
    "no_penalty_decision": ("不予行政处罚决定书",),
    "closing": ("结案审批表", "行政处罚案件结案报告", "结案报告"),
    "record_note": ("卷内备考表", "备考表"),
    "simple_record": ("行政处罚案件有关事项审批表",),
}

_BY_FIELD: dict[str, dict[str, tuple[str, ...]]] = {
    "市场监管": {
        "filing": ("立案/不予立案审批表", "立案审批表"),
        "inspection": ("现场笔录",),
        "inquiry": ("询问笔录",),
        "legal_review": ("案件审核表", "法制审核表"),
        "notice": ("行政处罚告知书",),
    },
    "生态环境": {
        "inspection": ("现场检查（勘察）笔录",),
        "inquiry": ("调查询问笔录",),
        "rectify": ("责令改正违法行为决定书",),
        "report": ("案件调查报告", "调查终结报告"),
        "notice": ("行政处罚事先告知书",),
    },
    "应急管理": {"inspection": ("现场检查记录",), "rectify": ("责令限期改正通知书",)},
    "商务": {"rectify": ("责令限期改正通知书",)},
    "文化市场": {"inquiry": ("询问笔录", "询问调查笔录")},
}


def choose_titles(rng: random.Random, field: str, payment_title: str) -> dict[str, str]:
    table = {**_COMMON, **_BY_FIELD.get(field, {})}
    titles = {key: rng.choice(options) for key, options in table.items()}
    titles["payment"] = payment_title
    return titles
