"""A readable Markdown 评查表 of a ReviewReport."""

from __future__ import annotations

from checklists.model import Outcome
from review.model import ReviewReport

STATUS = {
    Outcome.PASS: "✓ 符合",
    Outcome.FAIL: "✗ 扣分",
    Outcome.CANNOT_TELL: "？ 待人工判断",
    Outcome.NOT_APPLICABLE: "— 不适用",
    Outcome.ERROR: "! 检查出错",
}


def _pages(report: ReviewReport, f) -> str:
    pages = sorted({e.page for e in f.evidence if e.page})
    return "、".join(f"第{p}页" for p in pages) or "—"


def to_markdown(report: ReviewReport, wording: list[dict] | None = None) -> str:
    s = report.score
    out = [f"# 单卷评查表 — {report.pack_title}", ""]
    out += [f"- {k}：{v}" for k, v in report.header.items()]
    out += [f"- 评查标准：{report.pack}；地区配置：{report.profile}", ""]
    out.append(f"**总分 {s.total}（{s.grade}）**" + ("　**否决**：" + "；".join(s.veto_reasons) if s.vetoed else ""))
    out += ["", "| 类别 | 分值 | 扣分 | 得分 |", "|---|---|---|---|"]
    out += [f"| {c.name} | {c.cap} | {c.deducted} | {c.score} |" for c in s.categories]
    out += ["", "## 文书目录", "", "| 文书 | 是否在卷 | 要求 | 页码 |", "|---|---|---|---|"]
    for d in report.documents:
        req = {True: "必备", False: "—", None: "视情形"}[d.required]
        pages = "、".join(f"{a}–{b}" if a != b else f"{a}" for a, b in d.pages) or "—"
        out.append(f"| {d.type} | {'有' if d.present else '无'} | {req} | {pages} |")
    out += [
        "",
        "## 评查项目",
        "",
        "| 编号 | 类别 | 评查内容 | 分值 | 结果 | 扣分 | 问题描述 | 页码 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for f in report.findings:
        desc = f.message if f.outcome != Outcome.PASS else ""
        quotes = "；".join(f"“{e.quote}”" for e in f.evidence if e.quote and f.outcome == Outcome.FAIL)
        if quotes:
            desc = f"{desc}　{quotes}"
        veto = "（否决项）" if f.veto else ""
        out.append(
            f"| {f.rule_id} | {f.category} | {f.title}{veto} | {f.points} | {STATUS[f.outcome]} | "
            f"{f.deduction if f.outcome == Outcome.FAIL else ''} | {desc} | {_pages(report, f)} |"
        )
    if wording:
        out += [
            "",
            f"## 文书用语规范（{len(wording)} 处）",
            "",
            "| 文书 | 页码 | 原文 | 建议 | 说明 |",
            "|---|---|---|---|---|",
        ]
        out += [
            f"| {w.get('document') or ''} | {w.get('page') or ''} | {w.get('quote')} | {w.get('suggestion') or ''} | "
            f"{w.get('code')} {w.get('message')} |"
            for w in wording
        ]
    if report.errors:
        out += ["", "## 检查出错", ""] + [f"- {e.rule_id}: {e.message}" for e in report.errors]
    return "\n".join(out) + "\n"
