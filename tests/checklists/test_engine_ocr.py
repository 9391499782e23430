"""The engine's guard on OCR readings: a FAIL that rests on a low-confidence line of a scan is CANNOT_TELL."""

from __future__ import annotations

import pytest

from checklists.context import CheckContext
from checklists.engine import OCR_MIN_CONFIDENCE, run_rule
from checklists.loader import get_pack, get_profile
from checklists.model import Finding, Outcome
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


def _b07(confidence: float) -> Finding:
    pages = [_page(1, FILING, None, 0.99), _page(2, DECISION, "二〇二四年九月二日", confidence)]
    dossier = build_dossier("scan", pages)
    pack = get_pack("penalty-general")
    rule = next(r for r in pack.rules if r.id == "PG-B07")
    finding, error = run_rule(rule, pack, CheckContext(dossier, get_profile("national")))
    assert error is None
    return finding


@pytest.mark.parametrize(
    ("confidence", "expected"),
    [(0.99, Outcome.FAIL), (OCR_MIN_CONFIDENCE, Outcome.FAIL), (0.895, Outcome.CANNOT_TELL)],
)
def test_a_late_decision_date_read_under_the_seal_is_no_fail_when_unsure(confidence: float, expected: Outcome) -> None:
    """立案 2024-05-28, decision read as 二〇二四年九月二日 (97 days): a FAIL, unless the date line read poorly."""
    assert _b07(confidence).outcome == expected


def test_the_unsure_reading_is_named_with_its_page() -> None:
    finding = _b07(0.895)
    assert finding.message == (
        "扫描件识别不可靠，无法判断：所依据的扫描识别文字“二〇二四年九月二日”（第2页）识别置信度低（89.5%），请对照原件核对"
    )
    assert finding.deduction == 0


RECORD = """现场检查笔录
成都市青羊区市场监督管理局
检查时间：2024年5月27日9时10分至9时50分
检查地点：成都市青羊区草市街88号
执法人员：刘洋（执法证号：川成执字第1021号）、徐志强（执法证号：川成执字第4126号）
现场情况：当事人经营场所内销售的水果未标明价格。
当事人（现场负责人）签名：潘诗雨"""


def test_a_poorly_read_first_line_that_only_locates_the_document_does_not_count() -> None:
    """E07 fails on what the record does not say (no 执法记录仪): its evidence quotes the record's first line only to
    point at it, so a poor reading of that line changes nothing."""
    dossier = build_dossier("scan", [_page(1, RECORD, "现场检查笔录", 0.85)])
    pack = get_pack("penalty-general")
    rule = next(r for r in pack.rules if r.id == "PG-E07")
    finding, error = run_rule(rule, pack, CheckContext(dossier, get_profile("national")))
    assert error is None
    assert finding.outcome == Outcome.FAIL
    assert finding.evidence[0].locator and finding.evidence[0].prov.confidence == 0.85


def _b07_year(year: str, source: str) -> Finding:
    decision = DECISION.replace("二〇二四年九月二日", f"{year}年九月二日")
    pages = [_page(1, FILING, None, 0.99), _page(2, decision, None, 0.99)]
    dossier = build_dossier("scan", [p.model_copy(update={"source": source}) for p in pages])
    pack = get_pack("penalty-general")
    rule = next(r for r in pack.rules if r.id == "PG-B07")
    finding, error = run_rule(rule, pack, CheckContext(dossier, get_profile("national")))
    assert error is None
    return finding


def test_a_date_read_in_the_future_on_a_scan_is_a_misreading() -> None:
    """二〇二四 read as 二〇三四 with high confidence: a decision dated years ahead cannot be, so the scan was misread;
    the same date on a text layer is a typo in the document, and fails."""
    finding = _b07_year("二〇三四", "ocr")
    assert finding.outcome == Outcome.CANNOT_TELL
    assert "“二〇三四年九月二日”（第2页）晚于今天" in finding.message
    assert _b07_year("二〇三四", "text_layer").outcome == Outcome.FAIL
    assert _b07_year("二〇二四", "ocr").outcome == Outcome.FAIL  # 97 days after 立案, a date in the past



def test_a_rule_without_the_ocr_guard_fails_on_a_poorly_read_placeholder() -> None:
    """The template's ××× read as xxx at 0.875: whichever glyphs they are, the slot holds no name. PG-A17 says
    ``ocr_guard: false`` and fails; the same rule with the guard on would only say cannot_tell."""
    text = FILING.replace("承办人：刘洋、徐志强", "承办人：xxx")
    dossier = build_dossier("scan", [_page(1, text, "承办人：xxx", 0.875)])
    pack = get_pack("penalty-general")
    rule = next(r for r in pack.rules if r.id == "PG-A17")
    assert rule.ocr_guard is False
    ctx = CheckContext(dossier, get_profile("national"))
    finding, error = run_rule(rule, pack, ctx)
    assert error is None and finding.outcome == Outcome.FAIL, finding.message
    assert finding.evidence[0].quote == "承办人：xxx"
    guarded, _ = run_rule(rule.model_copy(update={"ocr_guard": True}), pack, ctx)
    assert guarded.outcome == Outcome.CANNOT_TELL
