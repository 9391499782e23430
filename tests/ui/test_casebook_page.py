"""AppTest flows for 案例库 (drafting from the open review and from a campaign's picks, editing an entry, searching
and filtering, exporting a DOCX 汇编) and for the 匿名化导出 of the 导出 page (no name or code of the manifest is
left)."""

from __future__ import annotations

import io
import json

import pytest
from docx import Document

from review.casebook.model import CaseEntry, CaseKind, CaseQuery, CaseStatus
from review.casebook.store import Casebook
from tests.ui.conftest import SAMPLE, open_app, texts

CASEBOOK = "app_pages/casebook.py"
EXPORT = "app_pages/export.py"
MANIFEST = json.loads((SAMPLE.parent / "manifest.json").read_text(encoding="utf-8"))
CASE, IDS = MANIFEST["case"], MANIFEST["identifiers"]
#: what must never be in an anonymised text: the party, its legal representative, the other persons, codes, phones
SECRETS = [CASE["party_name"], CASE["legal_rep"], *IDS["persons"], *IDS["codes"], *IDS["phones"]]


def entry_text(e: CaseEntry) -> str:
    return "\n".join([e.title, e.summary, e.defect, e.quote, e.corrected, e.commentary])


def docx_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_draft_from_the_open_review_then_edit_and_save(db) -> None:
    url, review = db
    at = open_app(review, page=CASEBOOK)
    assert at.button(key="casebook_draft_review").disabled  # nothing ticked yet
    at.checkbox(key="casebook_rule_PG-D06").check().run()
    at.button(key="casebook_draft_review").click().run()
    assert "已从当前案卷起草 1 条典型案例（草稿）" in texts(at)
    eid = at.session_state["casebook_editing"]
    book = Casebook(url)
    entry = book.get(eid)
    assert entry.rule_id == "PG-D06" and entry.kind == CaseKind.NEGATIVE and entry.source.review_id == review
    assert entry.status == CaseStatus.DRAFT and entry.quote
    assert not [s for s in (CASE["party_name"], CASE["legal_rep"]) if s in entry_text(entry)]

    at.text_input(key=f"casebook_f_title_{eid}").input("行政处罚决定书未写明罚款缴纳的银行和期限")
    at.text_input(key=f"casebook_f_tags_{eid}").input("决定书，履行方式")
    at.selectbox(key=f"casebook_f_status_{eid}").set_value("定稿")
    at.text_area(key=f"casebook_f_commentary_{eid}").input("决定书应写明履行方式和期限，便于当事人履行。")
    at.button(key=f"casebook_save_{eid}").click().run()
    assert f"案例 {eid} 已保存（改动 4 项" in texts(at)
    saved = book.get(eid)
    assert saved.title == "行政处罚决定书未写明罚款缴纳的银行和期限" and saved.tags == ("决定书", "履行方式")
    assert saved.status == CaseStatus.FINAL and saved.commentary.startswith("决定书应写明履行方式")
    assert saved.quote == entry.quote  # untouched fields stay
    book.close()


@pytest.fixture
def three_entries(db) -> list[CaseEntry]:
    url, _ = db
    book = Casebook(url)
    entries = book.add_many(
        [
            CaseEntry(
                title="询问笔录未载明告知当事人申请回避的权利",
                year=2024,
                field="市场监管",
                category="执法程序",
                tags=("笔录", "回避"),
                summary="某区市场监督管理局查处某商贸有限公司销售过期食品案。",
                defect="询问笔录未告知被询问人申请回避的权利。",
            ),
            CaseEntry(
                title="行政处罚决定书引用法律条款不具体",
                year=2025,
                field="生态环境",
                category="法律适用",
                tags=("决定书",),
                summary="某市生态环境局查处某家具制造有限公司废气排放案。",
                defect="决定书仅引用法律名称，未具体到条、款、项。",
            ),
            CaseEntry(
                title="程序完备、文书规范的一般程序案卷",
                kind=CaseKind.POSITIVE,
                year=2025,
                field="商务",
                category="",
                tags=("决定书", "优秀案卷"),
                summary="某区商务局查处报废机动车回收案，案卷被评为优秀。",
                defect="立案、调查、告知、决定、送达各环节齐全，期限均符合规定，行政处罚决定书说理充分。",
            ),
        ]
    )
    book.close()
    return entries


def shown_ids(at) -> set[int]:
    keys = [str(c.key) for c in at.checkbox]
    return {int(k.removeprefix("casebook_sel_")) for k in keys if k.startswith("casebook_sel_")}


def test_search_filter_and_export_a_compilation(db, three_entries) -> None:
    a, b, c = (e.id for e in three_entries)
    at = open_app(page=CASEBOOK)
    assert shown_ids(at) == {a, b, c}
    at.text_input(key="casebook_q").input("决定书").run()
    assert shown_ids(at) == {b, c}
    at.selectbox(key="casebook_kind").set_value("反面").run()
    assert shown_ids(at) == {b}
    at.selectbox(key="casebook_kind").set_value("全部")
    at.text_input(key="casebook_q").input("").run()
    at.multiselect(key="casebook_tags").select("笔录").run()
    assert shown_ids(at) == {a}
    at.multiselect(key="casebook_tags").unselect("笔录")
    at.selectbox(key="casebook_year").set_value(2025).run()
    assert shown_ids(at) == {b, c}
    at.selectbox(key="casebook_category").set_value("法律适用").run()
    assert shown_ids(at) == {b}

    at.selectbox(key="casebook_category").set_value("全部").run()
    at.checkbox(key=f"casebook_sel_{b}").check()
    at.checkbox(key=f"casebook_sel_{c}").check()
    at.text_input(key="casebook_export_title").input("2025年度行政执法典型案例汇编")
    at.button(key="casebook_make_docx").click().run()
    ids, data = at.session_state["casebook_docx"]
    assert ids == (b, c)
    text = docx_text(data)
    assert "2025年度行政执法\n典型案例汇编" in text  # the cover breaks the title
    assert "行政处罚决定书引用法律条款不具体" in text and "程序完备、文书规范的一般程序案卷" in text
    assert "询问笔录未载明告知当事人申请回避的权利" not in text
    assert at.get("download_button")[0].key == "casebook_download"


def test_draft_from_a_campaigns_picks(campaign_db) -> None:
    url, cid = campaign_db
    at = open_app(page=CASEBOOK)
    picks = [c for c in at.checkbox if str(c.key).startswith("casebook_pick_")]
    assert picks and any("优秀案卷" in c.label for c in picks)
    picks[0].check().run()
    at.button(key="casebook_draft_picks").click().run()
    assert "典型案例（草稿）" in texts(at) and not at.error
    book = Casebook(url)
    drafted = book.search(CaseQuery(campaign_id=cid))
    book.close()
    assert drafted and all(e.source.campaign_id == cid for e in drafted)


@pytest.mark.parametrize(("style", "kind"), [("jiayi", "TXT"), ("mouyou", "DOCX")])
def test_anonymised_export_has_no_name_or_code_of_the_manifest(db, monkeypatch, style, kind) -> None:
    monkeypatch.setattr("review.workspace.WORDING_MODULE", "checklists.no_such_wording_linter")  # keep it quick
    _, review = db
    at = open_app(review, page=EXPORT)
    at.selectbox(key="export_anon_style").set_value(style)
    at.radio(key="export_anon_format").set_value(kind)
    at.button(key="export_anon_make").click().run()
    assert not at.exception and not at.error
    _, data, replaced = at.session_state["export_anon_file"]
    text = data.decode("utf-8") if kind == "TXT" else docx_text(data)
    assert "行政处罚决定书" in text and "第20页" in text  # the whole dossier, page by page
    assert not [s for s in SECRETS if s in text]
    assert "人名" in replaced and "单位名称 1 项" in replaced
    assert {b.key for b in at.get("download_button")} >= {"export_anon_download"}
