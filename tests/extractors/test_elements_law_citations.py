"""law_citations: law name + article paths (条/款/项/目), roles, standards and document titles excluded."""

from __future__ import annotations

import pytest

from extractors.elements import law_citations
from extractors.model import DocType, Element, LawRef
from tests.extractors.conftest import doc_text


def run(text: str, doc_type: DocType = DocType.DECISION) -> list[Element]:
    return law_citations.extract(doc_text(text, doc_type))


def refs(text: str) -> list[tuple[str, list[tuple[int, int | None, int | None, int | None]], str | None]]:
    out = []
    for e in run(text):
        assert isinstance(e.value, LawRef)
        arts = [(a.article, a.paragraph, a.item, a.sub_item) for a in e.value.articles]
        out.append((e.value.law, arts, e.role))
    return out


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("第一百二十四条第一款第（三）项", [(124, 1, 3, None)]),
        ("第三十六条第一款第一项、第二项", [(36, 1, 1, None), (36, 1, 2, None)]),
        ("第三十八条第(六)项", [(38, None, 6, None)]),
        ("第一百零八条第(一)项", [(108, None, 1, None)]),
        ("第二条第3款", [(2, 3, None, None)]),
        ("第三章第十三条", [(13, None, None, None)]),
        ("第二十 七条", [(27, None, None, None)]),
        ("三十九条", [(39, None, None, None)]),
        ("第十条、第十二条第二款", [(10, None, None, None), (12, 2, None, None)]),
        ("第四十四条、第四十五条", [(44, None, None, None), (45, None, None, None)]),
        ("第一百零二条第一款第（十）项、第二款", [(102, 1, 10, None), (102, 2, None, None)]),
        ("第十条第一款第（二）项第1目", [(10, 1, 2, 1)]),
        ("第六十条之一", [(60, None, None, None)]),
        ("第１２４条", [(124, None, None, None)]),
    ],
)
def test_article_paths(path: str, expected: list[tuple[int, int | None, int | None, int | None]]) -> None:
    [(law, arts, _)] = refs(f"依据《中华人民共和国食品安全法》{path}的规定")
    assert law == "《中华人民共和国食品安全法》"
    assert arts == expected


def test_citation_text_and_article_texts_as_written() -> None:
    [el] = run("违反了《中华人民共和国安全生产法》第三十六条第一款第一项、第二项的规定")
    assert isinstance(el.value, LawRef)
    assert el.text == el.value.text == "《中华人民共和国安全生产法》第三十六条第一款第一项、第二项"
    assert [a.text for a in el.value.articles] == ["第三十六条第一款第一项", "第二项"]


def test_missing_article_number_is_kept_and_recognisable() -> None:
    [el] = run("依据《中华人民共和国食品安全法》第条第一款的规定")
    assert isinstance(el.value, LawRef)
    assert el.value.articles == ()
    assert el.text == "《中华人民共和国食品安全法》第条第一款"


def test_roles_violation_and_basis() -> None:
    text = (
        "上述行为违反了《中华人民共和国安全生产法》第四十一条第二款和《烟花爆竹安全管理条例》第十五条的规定。"
        "依据《中华人民共和国安全生产法》第一百零二条第一项的规定，我局决定给予你单位如下行政处罚。"
    )
    assert [(law, role) for law, _, role in refs(text)] == [
        ("《中华人民共和国安全生产法》", "违反"),
        ("《烟花爆竹安全管理条例》", "违反"),
        ("《中华人民共和国安全生产法》", "依据"),
    ]


def test_roles_in_one_sentence() -> None:
    text = "当事人的行为不符合《食品安全法》第三十四条的规定，根据《食品安全法》第一百二十四条之规定，决定罚款。"
    assert [role for _, _, role in refs(text)] == ["违反", "依据"]


def test_rights_citation_in_a_notice() -> None:
    text = "根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位享有陈述、申辩的权利。"
    assert [role for _, _, role in refs(text)] == ["告知"]


def test_bare_law_name_followed_by_article() -> None:
    [(law, arts, role)] = refs("当事人的行为违反了中华人民共和国食品安全法第三十四条第（十）项规定。")
    assert (law, arts, role) == ("中华人民共和国食品安全法", [(34, None, 10, None)], "违反")


def test_back_reference_takes_previous_law() -> None:
    text = "依据《中华人民共和国安全生产法》第九十九条第(二)项、该法第一百零八条第(一)项之规定"
    els = run(text)
    assert [e.text for e in els] == ["《中华人民共和国安全生产法》第九十九条第(二)项", "该法第一百零八条第(一)项"]
    assert all(isinstance(e.value, LawRef) and e.value.law == "《中华人民共和国安全生产法》" for e in els)
    assert [e.role for e in els] == ["依据", "依据"]


def test_short_name_is_kept() -> None:
    assert refs("依据《行政处罚法》第三十二条第（一）项") == [("《行政处罚法》", [(32, None, 1, None)], "依据")]


def test_law_without_articles_kept_when_law_like() -> None:
    assert refs("违反了《中华人民共和国安全生产法》的规定。") == [("《中华人民共和国安全生产法》", [], "违反")]


@pytest.mark.parametrize(
    "text",
    [
        "不符合《烟花爆竹 安全与质量》（GB 10631-2013）的要求",
        "违反了《食品安全国家标准 食品添加剂使用标准》（GB 2760-2014）第3.2条",
        "未按照《生产经营单位生产安全事故应急预案编制导则》(GB/T 29639-2020)编制预案",
        "于2023年7月10日向你单位送达了《行政处罚告知书》",
        "有《询问笔录》《营业执照》复印件为证",
        "参照《某某工作指引》执行",
    ],
)
def test_not_laws(text: str) -> None:
    assert run(text) == []


def test_weak_title_needs_an_article() -> None:
    assert refs("依据《湖南省应急管理行政处罚裁量权基准》第十条") == [
        ("《湖南省应急管理行政处罚裁量权基准》", [(10, None, None, None)], "依据")
    ]


def test_following_de_guiding_not_included() -> None:
    [el] = run("违反了《中华人民共和国食品安全法》第三十四条的规定")
    assert not el.text.endswith("的规定")
    assert el.extractor == "law_citations.v1"


def test_version_note_and_number_lists() -> None:
    assert refs("依据《中华人民共和国安全生产法》（2021年修正）第九十九条第（二）项") == [
        ("《中华人民共和国安全生产法》", [(99, None, 2, None)], "依据")
    ]
    assert refs("依据《公路安全保护条例》第六十四条第一、二项") == [
        ("《公路安全保护条例》", [(64, None, 1, None), (64, None, 2, None)], "依据")
    ]
    assert refs("违反了《某某条例》第三十、三十一条的规定") == [
        ("《某某条例》", [(30, None, None, None), (31, None, None, None)], "违反")
    ]


def test_statement_mentioned_in_a_basis_sentence_is_still_basis() -> None:
    text = "依据《中华人民共和国食品安全法》第一百二十四条的规定，结合当事人陈述申辩情况，本局决定罚款。"
    assert [role for _, _, role in refs(text)] == ["依据"]


def test_ocr_reads_a_title_mark_as_an_angle_bracket() -> None:
    """A scan's OCR gives 》 as 〉 (and mixes bracket widths): the citation is still read, the title kept as written."""
    text = (
        "违反了《单用途商业预付卡管理办法（试行)〉第七条的规定。"
        "综上，依据《单用途商业预付卡管理办法（试行)〉第三十六条的规定"
    )
    assert refs(text) == [
        ("《单用途商业预付卡管理办法（试行)〉", [(7, None, None, None)], "违反"),
        ("《单用途商业预付卡管理办法（试行)〉", [(36, None, None, None)], "依据"),
    ]
