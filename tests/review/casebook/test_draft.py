"""Drafting 典型案例 from real reviews of generated dossiers with planted defects: the corrected wording is concrete
for each kind of problem, the summary is told without names, and nothing identifying survives anonymisation."""

from __future__ import annotations

import re

import pytest

from review.casebook.draft import draft_entries
from review.casebook.facts import REGION, facts_of
from review.casebook.model import CasebookError, CaseEntry, CaseKind
from tests.review.casebook.conftest import Reviewed

TEXT_FIELDS = ("title", "summary", "defect", "legal_basis", "quote", "page_ref", "corrected", "commentary")


def by_rule(entries: tuple[CaseEntry, ...]) -> dict[str, CaseEntry]:
    return {e.rule_id: e for e in entries}


def leaks(entry: CaseEntry, r: Reviewed) -> list[str]:
    """Identifying values of the manifest found in the entry's text: whole values, and for an address the part
    below the county level (the street and number)."""
    text = "\n".join(getattr(entry, f) for f in TEXT_FIELDS)
    found = [x for x in r.identifiers() if x in text]
    for address in r.manifest["identifiers"].get("addresses", []):
        m = REGION.match(address)
        street = address[m.end() :] if m else address
        if len(street) >= 4 and street in text:
            found.append(street)
    return found


def test_every_problem_gets_a_draft_with_summary_basis_quote_and_commentary(reviewed: dict[str, Reviewed]) -> None:
    r = reviewed["env"]
    entries = by_rule(draft_entries(r.dossier, r.report))
    assert set(entries) == {"PG-B04", "PG-D05", "PG-H01"}
    d05 = entries["PG-D05"]
    assert d05.kind == CaseKind.NEGATIVE and d05.field == "生态环境" and d05.category == "文书"
    assert d05.year == 2024 and {"生态环境", "文书", "D05"} <= set(d05.tags)
    assert d05.title.startswith("决定书未告知复议、诉讼途径和期限——")
    assert "焚烧" in d05.title  # the violation, as the decision states it
    assert d05.summary.startswith("2024年9月，某市生态环境局对公民某某在人口集中地区焚烧")
    assert "罚款1300元" in d05.summary and "普通程序" in d05.summary
    assert "未告知申请行政复议的途径和期限" in d05.defect and "第17页" in d05.defect
    assert "《中华人民共和国行政处罚法》第五十九条第一款第（五）项" in d05.legal_basis
    assert d05.page_ref == "行政处罚决定书 第17页"
    # the decision's last sentence before its 落款: where the 救济途径 should have been
    assert d05.quote.endswith("加处罚款的数额不得超出罚款的数额。")
    assert "评查扣3分" in d05.commentary and "文书" in d05.commentary


def test_remedy_sentence_names_the_government_at_the_agencys_level(reviewed: dict[str, Reviewed]) -> None:
    d05 = by_rule(draft_entries(reviewed["env"].dossier, reviewed["env"].report))["PG-D05"]
    assert "自收到本决定书之日起六十日内向某市人民政府申请行政复议" in d05.corrected
    assert "六个月内" in d05.corrected and "提起行政诉讼" in d05.corrected
    d06 = by_rule(draft_entries(reviewed["mkt"].dossier, reviewed["mkt"].report))["PG-D06"]
    region = REGION.match(reviewed["mkt"].manifest["agency"])
    assert region is not None
    level = region.group(0)[-1]
    assert f"向某{level}人民政府申请行政复议" in d06.corrected


def test_law_name_stale_articles_and_amounts_are_rewritten_in_the_quoted_sentence(
    reviewed: dict[str, Reviewed],
) -> None:
    h01 = by_rule(draft_entries(reviewed["env"].dossier, reviewed["env"].report))["PG-H01"]
    assert "《大气污染防治法》第八十二条第一款" in h01.quote
    assert h01.corrected.startswith("应写作：“")
    assert "违反了《中华人民共和国大气污染防治法》第八十二条第一款的规定" in h01.corrected
    mkt = by_rule(draft_entries(reviewed["mkt"].dossier, reviewed["mkt"].report))
    h05 = mkt["PG-H05"]
    assert "第三十一条、第三十二条" in h05.quote
    assert "《中华人民共和国行政处罚法》第四十四条、第四十五条" in h05.corrected
    i01 = mkt["PG-I01"]
    fine = reviewed["mkt"].manifest["case"]["fine_amount_yuan"]
    amount = re.search(r"罚款(人民币[零壹贰叁肆伍陆柒捌玖拾佰仟万]+元整)", i01.corrected)
    assert amount is not None, i01.corrected
    import cn2an

    assert cn2an.cn2an(amount.group(1).removeprefix("人民币").removesuffix("整").removesuffix("元"), "smart") == fine


def test_period_dates_and_date_style_are_concrete(reviewed: dict[str, Reviewed]) -> None:
    b04 = by_rule(draft_entries(reviewed["env"].dossier, reviewed["env"].report))["PG-B04"]
    assert b04.corrected.startswith("陈述、申辩期限于2024年10月15日届满，处罚决定应当在此之后作出")
    assert "送达回证 第16页" in b04.page_ref and "行政处罚决定书 第18页" in b04.page_ref
    # the decision's 落款 as quoted: the agency is named as in the summary, by its level and kind
    assert "某市生态环境局二〇二四年十月十一日" in b04.quote
    assert reviewed["env"].manifest["agency"] not in b04.quote + b04.summary
    k05 = by_rule(draft_entries(reviewed["com"].dossier, reviewed["com"].report))["PG-K05"]
    planted = next(d for d in reviewed["com"].manifest["defects"] if d["check"] == "K05")["quote"]
    dotted = re.search(r"(\d{4})\.(\d{1,2})\.(\d{1,2})", planted)
    assert dotted is not None, planted
    y, m, d = (int(x) for x in dotted.groups())
    assert dotted.group(0) in k05.quote
    assert f"{y}年{m}月{d}日" in k05.corrected and dotted.group(0) not in k05.corrected


def test_a_wording_code_drafts_the_linters_replacement(reviewed: dict[str, Reviewed]) -> None:
    r = reviewed["env"]
    (w,) = draft_entries(r.dossier, r.report, ["W005"])
    assert w.rule_id == "W005" and w.category == "文书" and "错别字" in w.tags
    assert "申辨" in w.quote and w.corrected.startswith("应写作：“") and "陈述、申辩" in w.corrected
    assert "申辨" not in w.corrected


def test_a_problem_without_a_rewrite_gets_the_checks_practice_with_the_profiles_period(
    reviewed: dict[str, Reviewed],
) -> None:
    g03 = by_rule(draft_entries(reviewed["com"].dossier, reviewed["com"].report))["PG-G03"]
    assert g03.corrected == "身份证号码以居民身份证载明的为准填写，填写后核对第18位校验码，各文书中前后一致。"
    assert g03.title == "身份证号码有误——" + g03.title.split("——")[1]


def test_an_exemplary_file_gets_one_positive_entry_with_its_timeline(reviewed: dict[str, Reviewed]) -> None:
    r = reviewed["cul"]
    (e,) = draft_entries(r.dossier, r.report, kind=CaseKind.POSITIVE)
    assert e.kind == CaseKind.POSITIVE and e.field == "文化市场" and e.title.endswith("——优秀案卷评析")
    assert e.defect.startswith("1．处罚决定书告知申请行政复议")
    assert "立案（" in e.corrected and "结案（" in e.corrected
    assert f"评查得{r.report.score.total.normalize():f}分" in e.commentary
    assert e.quote and "第" in e.page_ref


def test_rules_the_review_does_not_deduct_are_refused(reviewed: dict[str, Reviewed]) -> None:
    r = reviewed["env"]
    with pytest.raises(CasebookError, match="PG-A01"):
        draft_entries(r.dossier, r.report, ["PG-D05", "PG-A01"])
    with pytest.raises(CasebookError, match="没有扣分项"):
        draft_entries(reviewed["cul"].dossier, reviewed["cul"].report)
    with pytest.raises(CasebookError, match="不能作为亮点"):
        draft_entries(r.dossier, r.report, ["PG-D05"], kind=CaseKind.POSITIVE)


@pytest.mark.parametrize("name", ["env", "com", "mkt", "cul"])
def test_no_name_code_phone_or_street_address_survives_in_a_draft(reviewed: dict[str, Reviewed], name: str) -> None:
    r = reviewed[name]
    kind = CaseKind.POSITIVE if name == "cul" else CaseKind.NEGATIVE
    entries = draft_entries(r.dossier, r.report, kind=kind)
    if name == "env":
        entries += draft_entries(r.dossier, r.report, ["W005"])
    assert r.identifiers()
    for e in entries:
        assert leaks(e, r) == [], e.rule_id


def test_the_party_block_quote_is_anonymised_but_still_reads(reviewed: dict[str, Reviewed]) -> None:
    r = reviewed["com"]
    g03 = by_rule(draft_entries(r.dossier, r.report))["PG-G03"]
    assert "身份证号码" in g03.quote
    assert r.manifest["case"]["id_number"] not in g03.quote + g03.defect


def test_facts_of_the_committed_samples_name_no_one() -> None:
    from pathlib import Path

    from extractors.pipeline import extract_dossier

    root = Path(__file__).resolve().parents[3] / "samples" / "dossiers" / "mk-0002-text-commerce-defects"
    f = facts_of(extract_dossier([root / "dossier"]))
    assert (f.field, f.agency, f.party, f.party_type) == ("商务", "某区商务局", "个体工商户某回收站", "个体工商户")
    assert f.violation == "未取得资质认定擅自从事报废机动车回收活动"
    assert f.penalty == "罚款75000元、没收非法财物、没收违法所得"


def test_the_exported_handout_of_a_files_drafts_leaks_nothing(reviewed: dict[str, Reviewed]) -> None:
    from io import BytesIO

    from docx import Document

    from review.casebook.export_docx import docx_bytes

    r = reviewed["com"]  # G01: the party's name in two spellings; G03: the 经营者's 身份证号 in the party block
    entries = draft_entries(r.dossier, r.report) + draft_entries(r.dossier, r.report, kind=CaseKind.POSITIVE)
    doc = Document(BytesIO(docx_bytes(list(entries))))
    text = "\n".join([p.text for p in doc.paragraphs] + [p.text for s in doc.sections for p in s.header.paragraphs])
    assert "【基本案情】" in text and "身份证号码" in text
    for value in r.identifiers():
        assert value not in text, value
    for address in r.manifest["identifiers"]["addresses"]:
        m = REGION.match(address)
        assert m is not None and address[m.end() :] not in text
