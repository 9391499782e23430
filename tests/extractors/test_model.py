"""The data model: provenance from a span, and a saved dossier reads back with the same value types."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from extractors.case import summarize
from extractors.model import BBox, Dossier, Element, ElementKind, Line, Money, Page, Provenance

ROOT = Path(__file__).resolve().parents[2]


def test_locate_unions_the_boxes_of_the_lines_a_span_touches() -> None:
    text = "当事人：成都某某商贸有限公司\n统一社会信用代码：91510104MA6CXXXX1A"
    page = Page(
        file="a.pdf",
        number=3,
        file_page=1,
        text=text,
        source="text_layer",
        lines=(
            Line(span=(0, 14), bbox=BBox(x0=72, top=70, x1=300, bottom=84)),
            Line(span=(15, len(text)), bbox=BBox(x0=72, top=100, x1=400, bottom=114)),
        ),
    )
    prov = page.locate(4, 20)
    assert prov.page == 3 and prov.span == (4, 20)
    assert prov.bbox == BBox(x0=72, top=70, x1=400, bottom=114)


def _prov() -> Provenance:
    return Provenance(file="a.pdf", page=1, file_page=1, span=(0, 18), source="text_layer")


def test_values_keep_their_types_through_json() -> None:
    elements = (
        Element(
            kind=ElementKind.ID_NUMBER,
            value="513401196409084858",
            text="513401196409084858",
            prov=_prov(),
            extractor="parties.v1",
        ),
        Element(
            kind=ElementKind.DATE,
            value=dt.date(2024, 3, 1),
            text="二〇二四年三月一日",
            prov=_prov(),
            extractor="dates.v1",
        ),
        Element(
            kind=ElementKind.MONEY,
            value=Money(yuan=Decimal("5000"), style="大写"),
            text="伍仟元整",
            prov=_prov(),
            extractor="amounts.v1",
        ),
        Element(kind=ElementKind.CASE_NUMBER, value="2024", text="2024", prov=_prov(), extractor="case_numbers.v1"),
    )
    dossier = Dossier(id="x", elements=elements)
    back = Dossier.model_validate_json(dossier.model_dump_json())
    assert back == dossier
    assert [type(e.value) for e in back.elements] == [str, dt.date, Money, str]


def test_a_saved_sample_dossier_reads_back_and_summarises_the_same() -> None:
    from extractors.pipeline import extract_dossier

    dossier = extract_dossier([ROOT / "samples/dossiers/mk-0002-text-commerce-defects/dossier"])
    back = Dossier.model_validate_json(dossier.model_dump_json())
    assert back == dossier and summarize(back) == summarize(dossier)
