"""Match / no-match tables for the Ingestion section of extractors/patterns.py."""

from __future__ import annotations

import re

import pytest

from extractors import patterns as P

MATCH: list[tuple[re.Pattern[str], str]] = [
    (P.JUNK_PATH_PART, ".DS_Store"),
    (P.JUNK_PATH_PART, ".hidden"),
    (P.JUNK_PATH_PART, "__MACOSX"),
    (P.JUNK_PATH_PART, "Thumbs.db"),
    (P.JUNK_PATH_PART, "thumbs.DB"),
    (P.JUNK_PATH_PART, "desktop.ini"),
    (P.JUNK_PATH_PART, "~$询问笔录.docx"),
    (P.UNSAFE_MEMBER_NAME, "../etc/passwd"),
    (P.UNSAFE_MEMBER_NAME, "案卷/../../x.pdf"),
    (P.UNSAFE_MEMBER_NAME, "/abs/x.pdf"),
    (P.UNSAFE_MEMBER_NAME, "\\\\server\\share\\x.pdf"),
    (P.UNSAFE_MEMBER_NAME, "C:\\Windows\\x.pdf"),
    (P.UNSAFE_MEMBER_NAME, "a\\..\\b.pdf"),
    (P.UNSAFE_MEMBER_NAME, "a/.."),
    (P.LATIN1_MOJIBAKE_CHAR, "Á¢°¸ÉóÅú±í"),
    (P.HAN_ANY, "立"),
    (P.HAN_ANY, "㐀"),  # extension A
    (P.HAN_ANY, "𠀀"),  # extension B
    (P.CJK_TEXT_CHAR, "："),
    (P.CJK_TEXT_CHAR, "〇"),
    (P.CJK_TEXT_CHAR, "罚"),
]

NO_MATCH: list[tuple[re.Pattern[str], str]] = [
    (P.JUNK_PATH_PART, "第2页.pdf"),
    (P.JUNK_PATH_PART, "案卷.zip"),
    (P.JUNK_PATH_PART, "a.DS_Store"),
    (P.UNSAFE_MEMBER_NAME, "案卷/第2页.pdf"),
    (P.UNSAFE_MEMBER_NAME, "a..b/c.pdf"),
    (P.UNSAFE_MEMBER_NAME, "..pdf"),
    (P.UNSAFE_MEMBER_NAME, "docs/v1..2/x.pdf"),
    (P.LATIN1_MOJIBAKE_CHAR, "ABC abc 123"),
    (P.LATIN1_MOJIBAKE_CHAR, "立案审批表"),
    (P.HAN_ANY, "A"),
    (P.HAN_ANY, "："),
    (P.CJK_TEXT_CHAR, "A"),
    (P.CJK_TEXT_CHAR, "5"),
    (P.CJK_TEXT_CHAR, ":"),
]


@pytest.mark.parametrize(("pattern", "text"), MATCH, ids=[f"{p.pattern[:20]}|{t}" for p, t in MATCH])
def test_match(pattern: re.Pattern[str], text: str) -> None:
    assert pattern.search(text)


@pytest.mark.parametrize(("pattern", "text"), NO_MATCH, ids=[f"{p.pattern[:20]}|{t}" for p, t in NO_MATCH])
def test_no_match(pattern: re.Pattern[str], text: str) -> None:
    assert not pattern.search(text)


def test_digit_run_splits_text_and_numbers() -> None:
    assert P.DIGIT_RUN.split("第10页-2") == ["第", "10", "页-", "2", ""]
    assert P.DIGIT_RUN.split("封面") == ["封面"]
