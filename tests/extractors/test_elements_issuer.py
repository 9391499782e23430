"""issuer: the agency at the head (首部) and at the footer (落款)."""

from __future__ import annotations

from extractors.elements import issuer
from extractors.model import DocType
from tests.extractors.conftest import doc_text


def run(text: str, doc_type: DocType = DocType.DECISION) -> list[tuple[str, str | None]]:
    return [(str(e.value), e.role) for e in issuer.extract(doc_text(text, doc_type))]


def test_head_and_footer() -> None:
    text = (
        "成都市锦江区市场监督管理局\n行政处罚决定书\n成锦市监罚〔2024〕12号\n当事人：某某公司\n……提起行政诉讼。\n"
        "成都市锦江区市场监督管理局\n（印章）\n二〇二四年三月二十日\n"
    )
    assert run(text) == [("成都市锦江区市场监督管理局", "首部"), ("成都市锦江区市场监督管理局", "落款")]


def test_agency_in_title_line() -> None:
    assert run("株洲市生态环境局行政处罚决定书\n株环罚〔2024〕1号\n当事人：某某公司\n") == [
        ("株洲市生态环境局", "首部")
    ]


def test_footer_on_one_line_with_date_and_seal() -> None:
    text = "当事人：某某公司\n" + "事实。\n" * 10 + "醴陵市应急管理局（印章）   2023年7月27日\n"
    assert run(text) == [("醴陵市应急管理局", "落款")]


def test_web_furniture_agency_is_ignored() -> None:
    text = "发布机构：岳阳市生态环境局\n来源：岳阳市生态环境局\n行政处罚决定书\n当事人：某某公司\n"
    assert run(text) == []


def test_party_company_is_not_an_agency() -> None:
    assert run("成都某某商贸有限公司：\n本局于2024年2月1日检查……", DocType.NOTICE) == []
