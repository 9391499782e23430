"""The 问题清单 lines of a review: every FAIL finding (machine or reviewer-added) as a ``Problem`` with its category,
basis, document and pages from the evidence, the deduction, and a 整改建议 written from the rule."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checklists.model import Finding, Outcome
from review.campaign.model import Problem
from review.model import ReviewReport
from review.workspace import CUSTOM_PREFIX, REVIEWER_EVIDENCE

_NUM = r"[一二三四五六七八九十百零〇\d]+"
#: 《某法》第N条 with its 款/项, and further articles of the same law (、第M条)
CITATION = re.compile(
    rf"《[^》]{{2,60}}》(?:（[^）]{{1,12}}）)?第{_NUM}条(?:第{_NUM}款)?(?:第（{_NUM}）项)?"
    rf"(?:[、和及]第{_NUM}条(?:第{_NUM}款)?(?:第（{_NUM}）项)?)*"
)

#: what to do, by the check's catalogue letter (reference §3), then by the pack's category
ACTION_BY_CHECK = {
    "A": "补齐案卷材料",
    "B": "严格遵守办案时限和环节顺序",
    "C": "规范执法主体和执法人员资格",
    "D": "完善法律文书的必备内容",
    "E": "依法履行法定程序",
    "F": "规范送达程序和送达凭证",
    "G": "核对并统一各文书的记载",
    "H": "规范引用法律条文",
    "I": "核对金额的计算和书写",
    "K": "规范文书制作",
    "W": "规范文书用语",
    "A08": "规范立卷顺序",
    "A17": "规范文书制作",
}
ACTION_BY_CATEGORY = {
    "主体": "规范执法主体和执法人员资格",
    "事实证据": "补强证据、查清事实",
    "法律适用": "准确适用法律依据",
    "程序": "依法履行法定程序",
    "文书": "规范文书制作",
    "归档": "规范立卷归档",
}


def source_of(basis: str) -> str:
    """The first article cited (《…》第…条…), else the standard named before its first explanation."""
    m = CITATION.search(basis)
    if m:
        return m.group(0)
    head = re.split(r"[（(“；;：:]", basis, maxsplit=1)[0].strip()
    return head if len(head) <= 40 else ""


def suggestion(f: Finding) -> str:
    """整改建议 from the rule: what to put right, under which provision, to meet the rule's requirement."""
    basis = f.legal_basis if f.legal_basis != REVIEWER_EVIDENCE else ""
    src = source_of(basis)
    lead = f"按{src}的规定" if src.startswith("《") else (f"对照{src}，" if src else "")
    if f.rule_id.startswith(CUSTOM_PREFIX):  # the reviewer's own problem: its description says what is wrong
        text = f.message.rstrip("。")
        return f"{lead}予以纠正：{text}。" if lead else f"予以纠正，今后办案中避免：{text}。"
    action = _action(f)
    tail = "（否决项，须重点整改）" if f.veto else ""
    return f"{lead}{action}，做到{f.title.rstrip('。')}。{tail}"


def _action(f: Finding) -> str:
    if f.check in ACTION_BY_CHECK:
        return ACTION_BY_CHECK[f.check]
    letter = f.check[:1]
    if letter == "A" and f.category in ("文书", "归档"):  # completeness of a document's contents, of the file
        return ACTION_BY_CATEGORY[f.category]
    return ACTION_BY_CHECK.get(letter) or ACTION_BY_CATEGORY.get(f.category, "予以整改")


def page_ranges(pages: Iterable[int]) -> str:
    """ "12", "12–13", or "3、7–8" for pages that are not one run."""
    nums = sorted(set(pages))
    runs: list[list[int]] = []
    for p in nums:
        if runs and p == runs[-1][1] + 1:
            runs[-1][1] = p
        else:
            runs.append([p, p])
    return "、".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


def problem(f: Finding) -> Problem:
    documents = [e.document for e in f.evidence if e.document and e.document != REVIEWER_EVIDENCE]
    pages = [e.page for e in f.evidence if e.page is not None]
    quote = next((e.quote for e in f.evidence if e.quote), "")
    return Problem(
        rule_id=f.rule_id,
        category=f.category,
        title=f.title,
        description=f.message,
        basis=f.legal_basis,
        document="、".join(dict.fromkeys(documents)),
        pages=page_ranges(pages),
        quote=quote,
        points=f.deduction,
        veto=f.veto,
        suggestion=suggestion(f),
    )


def problems_of(findings: Iterable[Finding]) -> tuple[Problem, ...]:
    return tuple(problem(f) for f in findings if f.outcome == Outcome.FAIL)


def problems_from_report(report: ReviewReport) -> tuple[Problem, ...]:
    """The problems of a (machine or effective) review report, in the report's finding order."""
    return problems_of(report.findings)
