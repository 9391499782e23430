"""The engine's guard on OCR readings: a FAIL that rests on a low-confidence line of a scan is CANNOT_TELL."""

from __future__ import annotations

import pytest

from checklists.context import CheckContext
from checklists.engine import OCR_MIN_CONFIDENCE, run_rule
from checklists.loader import get_pack, get_profile
from checklists.model import Outcome
from extractors.model import Line, Page
from extractors.pipeline import build_dossier

FILING = """立案审批表
成都市青羊区市场监督管理局
案件来源 监督检查 受案时间 2024年5月27日
案由 涉嫌不按规定明码标价
承办人：刘洋、徐志强
2024年5月28日
机关负责人意见：同意立案。
负责人：姚军
2024年5月28日"""

DECISION = """行政处罚决定书
成都市青羊区市场监督管理局
成青市监处罚〔2024〕88号
当事人：成都市青羊区鲜丰水果店
综上，依据《中华人民共和国价格法》第四十二条的规定，本局决定对当事人作出如下行政处罚：罚款人民币壹仟元整。
当事人如不服本行政处罚决定，可以在收到本决定书之日起六十日内向成都市青羊区人民政府申请行政复议；也可以在六个月内依法向成都市青羊区人民法院提起行政诉讼。
成都市青羊区市场监督管理局
二〇二四年九月二日
（印章）"""


def _page(number: int, text: str, low: str | None, confidence: float) -> Page:
    """An OCR'd page: every line read at 0.99, the line ``low`` at ``confidence``."""
    lines, pos = [], 0
    for chunk in text.split("\n"):
        conf = confidence if chunk == low else 0.99
        lines.append(Line(span=(pos, pos + len(chunk)), confidence=conf))
        pos += len(chunk) + 1
    return Page(file="扫描件.pdf", number=number, file_page=number, text=text, source="ocr", lines=tuple(lines))


def _b07(confidence: float) -> Outcome:
    dossier = build_dossier("scan", [_page(1, FILING, None, 0.99), _page(2, DECISION, "二〇二四年九月二日", confidence)])
    pack = get_pack("penalty-general")
    rule = next(r for r in pack.rules if r.id == "PG-B07")
    finding, error = run_rule(rule, pack, CheckContext(dossier, get_profile("national")))
    assert error is None
    return finding.outcome


@pytest.mark.parametrize(
    ("confidence", "expected"),
    [(0.99, Outcome.FAIL), (OCR_MIN_CONFIDENCE, Outcome.FAIL), (0.895, Outcome.CANNOT_TELL)],
)
def test_a_late_decision_date_read_under_the_seal_is_no_fail_when_unsure(confidence: float, expected: Outcome) -> None:
    """立案 2024-05-28, decision read as 二〇二四年九月二日 (97 days): a FAIL, unless the date line read poorly."""
    assert _b07(confidence) == expected
