"""The typo checker: one character off a domain term (same sound or a confusable shape), the term in the vocabulary,
the word as written neither a term nor a word; names, quotations and titles are never checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from checklists.wording.checks import typos
from checklists.wording.linter import lint_text
from checklists.wording.vocab import confusable, homophones, index, is_term_like, not_typos, vocabulary


def _typos(text: str, doc_type: str | None = None) -> list[tuple[str, str | None]]:
    return [(d.quote, d.suggestion) for d in lint_text(text, doc_type) if d.code == "W200"]


def test_vocabulary_has_several_hundred_terms() -> None:
    vocab = vocabulary()
    assert len(vocab) >= 300
    assert {"当事人", "法定代表人", "陈述申辩", "送达回证", "行政处罚决定书"} <= vocab


def test_confusion_table_is_symmetric() -> None:
    table = confusable()
    assert "辨" in table["辩"] and "辩" in table["辨"]
    assert "账" in table["帐"] and "正" in table["证"]
    for ch, others in table.items():
        assert all(ch in table[o] for o in others)


def test_homophones_use_the_main_reading_only() -> None:
    sounds = homophones()
    assert "时" in sounds["事"] and "辨" in sounds["辩"]
    assert "机" not in sounds["有"]  # 有 has no reading "ji" in ordinary use


def test_index_maps_misspellings_to_terms() -> None:
    idx = index()
    assert idx.variants["当时人"] == "当事人"
    assert idx.variants["申辨"] == "申辩"
    assert idx.variants["法定代表任"] == "法定代表人"
    assert "负责任" not in idx.variants  # listed in not_typos.txt
    assert "负责任" in not_typos()
    assert not any(v in vocabulary() for v in idx.variants)


@pytest.mark.parametrize(
    ("text", "quote", "term"),
    [
        ("当时人未在规定期限内提出陈述、申辩。", "当时人", "当事人"),
        ("法定代表任：何文斌", "法定代表任", "法定代表人"),
        ("本局于2024年5月24日直接送达当事人，送达回正已附卷。", "送达回正", "送达回证"),
        ("违法事时清楚，证据确凿。", "违法事时", "违法事实"),
        ("当事人的违法行为事实清楚，证剧确凿。", "证剧确凿", "证据确凿"),
        ("违法所的共计人民币1,260元。", "违法所的", "违法所得"),
        ("本局作出行政处罚决定数后依法送达。", "行政处罚决定数", "行政处罚决定书"),
    ],
)
def test_finds_typos(text: str, quote: str, term: str) -> None:
    assert (quote, term) in _typos(text)


@pytest.mark.parametrize(
    "text",
    [
        "当时人员均已在场。",  # 当时/人员: no word boundary after 人
        "应当是人民政府的职责。",  # 应当/是/人民政府
        "当事人辨别不出真伪。",  # 辨别 is a word
        "当事人表示今后会以负责任的态度做好经营。",  # allow-listed
        "顾客预付订金500元，可随时退还。",  # 订金 is a word
        "医疗器械说明书和标签标示的要求",  # 标签 + 标示: all words
        "当事人称：“当时人太多，没注意到产品已过期。”",  # a quotation
        "被询问人：王申辨 性别：男",  # a name in a field
        "签收人：申辨林（当事人员工）",  # a name after a role and a colon
        "当事人：成都当时人文化传媒有限公司",  # a party
        "经查，成都当时人文化传媒有限公司于2024年1月起发布广告。",  # an organisation in prose
        "依据《中华人民共和国行政处罚法》第五十七条的规定",
    ],
)
def test_leaves_right_text_alone(text: str) -> None:
    assert _typos(text) == []


def test_names_extracted_once_are_protected_everywhere_in_the_document() -> None:
    text = "当事人：四川当时人科技有限公司，法定代表人：申辨。\n经查，四川当时人科技有限公司的申辨未到场。"
    assert [d for d in lint_text(text) if d.family.value in ("错别字", "术语")] == []


def test_term_like_runs_are_not_names() -> None:
    assert is_term_like("陈述称") and is_term_like("陈诉")
    assert not is_term_like("王建国")


def test_jieba_loads_lazily_into_the_cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANJUAN_CACHE_DIR", str(tmp_path))
    assert typos.cache_dir() == tmp_path / "jieba"
    assert (tmp_path / "jieba").is_dir()
