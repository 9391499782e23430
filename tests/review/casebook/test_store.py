"""The casebook store on SQLite and PostgreSQL: entries go in and come out whole, edits are validated and committed,
and search combines text, tags, year, category, kind, field and status."""

from __future__ import annotations

from decimal import Decimal

import pytest

from review.casebook.model import CasebookError, CaseEntry, CaseKind, CaseQuery, CaseSource, CaseStatus
from review.casebook.store import Casebook


def entry(**kw) -> CaseEntry:
    base = dict(
        title="决定书未告知复议、诉讼途径和期限——销售超过保质期的食品案",
        kind=CaseKind.NEGATIVE,
        field="市场监管",
        category="文书",
        year=2025,
        tags=("市场监管", "文书", "普通程序", "D05"),
        summary="2025年2月，某区市场监督管理局对某有限公司销售超过保质期的食品一案按普通程序立案调查。",
        defect="处罚决定书未告知申请行政复议的途径和期限。（见行政处罚决定书 第24页）",
        rule_id="PG-D05",
        rule_title="处罚决定书告知申请行政复议（六十日）和提起行政诉讼（六个月）的途径和期限",
        legal_basis="《中华人民共和国行政处罚法》第五十九条第一款第（五）项",
        quote="到期不缴纳罚款的，本局可以每日按罚款数额的百分之三加处罚款。",
        page_ref="行政处罚决定书 第24页",
        corrected="处罚决定书写明：“如不服本处罚决定，可以自收到本决定书之日起六十日内向某区人民政府申请行政复议……”",
        commentary="本案决定书未告知复议、诉讼途径和期限，属于文书方面的问题，评查扣3分。",
        deduction=Decimal("3"),
        source=CaseSource(review_id=7, dossier_key="2223fe345da2c0c0"),
    )
    base.update(kw)
    return CaseEntry(**base)


@pytest.fixture
def book(db_url: str):
    b = Casebook(db_url)
    yield b
    b.close()


def test_entries_round_trip_with_ids_and_timestamps(book: Casebook) -> None:
    a, b = book.add_many([entry(), entry(title="首次引用法律未使用全称——销售超过保质期的食品案", rule_id="PG-H01")])
    assert a.id is not None and b.id == a.id + 1
    assert a.created_at is not None and a.created_at.tzinfo is not None
    got = book.get(a.id)
    assert got.model_dump(exclude={"created_at", "updated_at"}) == a.model_dump(exclude={"created_at", "updated_at"})
    assert got.deduction == Decimal("3") and got.source.review_id == 7 and got.status == CaseStatus.DRAFT
    assert [e.id for e in book.get_many([b.id, a.id])] == [b.id, a.id]


def test_an_edit_is_validated_and_committed(book: Casebook, db_url: str) -> None:
    e = book.add(entry())
    assert e.id is not None
    new = book.update(e.id, status="定稿", corrected="应写作：“……”", tags=("市场监管", "救济途径"))
    assert new.status == CaseStatus.FINAL and new.tags == ("市场监管", "救济途径")
    assert new.updated_at is not None and e.updated_at is not None and new.updated_at >= e.updated_at
    reopened = Casebook(db_url)
    try:
        assert reopened.get(e.id).corrected == "应写作：“……”"
    finally:
        reopened.close()
    with pytest.raises(CasebookError, match="年份"):
        book.update(e.id, year=1066)
    with pytest.raises(CasebookError, match="基本案情"):
        book.update(e.id, summary="  ")
    with pytest.raises(CasebookError, match="不能修改的字段：id"):
        book.update(e.id, id=99)
    with pytest.raises(CasebookError, match="没有编号为"):
        book.update(e.id + 1000, status="定稿")
    assert book.get(e.id).status == CaseStatus.FINAL


def test_save_replaces_the_editable_fields(book: Casebook) -> None:
    e = book.add(entry())
    saved = book.save(
        e.model_copy(update={"title": "复议机关告知错误——销售超过保质期的食品案", "category": "法律适用"})
    )
    assert (saved.id, saved.title, saved.category) == (e.id, "复议机关告知错误——销售超过保质期的食品案", "法律适用")


def test_search_by_text_tags_year_category_kind_field_and_status(book: Casebook) -> None:
    d05, h01, positive, env = book.add_many(
        [
            entry(),
            entry(
                title="首次引用法律未使用全称——未按规定明码标价案",
                rule_id="PG-H01",
                category="法律适用",
                tags=("市场监管", "法律适用", "H01"),
                year=2024,
                corrected="应写作：“《中华人民共和国价格法》第十三条”",
            ),
            entry(
                title="接纳未成年人进入营业场所案——优秀案卷评析",
                kind=CaseKind.POSITIVE,
                field="文化市场",
                category="优秀案卷",
                tags=("文化市场", "优秀案卷"),
                rule_id="PG-D05、PG-D09",
            ),
            entry(field="生态环境", tags=("生态环境", "文书", "D05"), status=CaseStatus.FINAL),
        ]
    )

    def ids(**kw) -> list[int | None]:
        return [e.id for e in book.search(CaseQuery(**kw))]

    assert ids() == [d05.id, h01.id, positive.id, env.id]
    assert ids(text="价格法") == [h01.id]
    assert ids(text="未按规定 明码标价") == [h01.id]  # every word must match
    assert ids(text="pg-h01") == [h01.id]  # Latin text ignores case
    assert ids(text="100%_") == []  # LIKE wildcards are literal
    assert ids(tags=("文书",)) == [d05.id, env.id]
    assert ids(tags=("文书", "生态环境")) == [env.id]
    assert ids(tags=("文",)) == []  # whole tags only
    assert ids(year=2024) == [h01.id]
    assert ids(category="法律适用") == [h01.id]
    assert ids(kind=CaseKind.POSITIVE) == [positive.id]
    assert ids(field="生态环境") == [env.id]
    assert ids(status=CaseStatus.FINAL) == [env.id]
    assert ids(ids=(env.id, d05.id)) == [d05.id, env.id]
    assert book.tags()[:3] == [("D05", 2), ("市场监管", 2), ("文书", 2)]


def test_delete(book: Casebook) -> None:
    e = book.add(entry())
    assert e.id is not None
    book.delete(e.id)
    assert book.search() == []
    with pytest.raises(CasebookError, match=f"没有编号为 {e.id} 的典型案例"):
        book.get(e.id)
