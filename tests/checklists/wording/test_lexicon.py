"""Load time is loud: a lexicon with a bad schema, a bad regex, an unknown check, a duplicate id or a failing spec is
refused with an error that names the file and the rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from checklists.wording.lexicon import (
    E222_SCHEMA,
    E223_DUPLICATE_ID,
    E224_BAD_REGEX,
    E225_UNKNOWN_CHECK,
    E226_SPEC_FAILED,
    E227_MISSING_SPECS,
    LexiconError,
    parse_lexicon,
)
from checklists.wording.specs import verify

GOOD = """
rules:
  - id: W990
    family: 术语
    expected: 法定代表人
    patterns: [法人代表]
    basis: 测试
    specs:
      - {from: '法人代表：张三', to: '法定代表人：张三'}
      - {from: '法定代表人：张三', to: '法定代表人：张三'}
"""


def _write(tmp_path: Path, text: str, name: str = "test.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_lexicon_parses_and_verifies(tmp_path: Path) -> None:
    lexicon = parse_lexicon([_write(tmp_path, GOOD)])
    verify(lexicon)
    assert lexicon.ids == ("W990",)


def test_failing_spec_is_refused_naming_file_and_rule(tmp_path: Path) -> None:
    bad = GOOD.replace("{from: '法人代表：张三', to: '法定代表人：张三'}", "{from: '法人代表：张三', to: '法人：张三'}")
    lexicon = parse_lexicon([_write(tmp_path, bad, "bad.yaml")])
    with pytest.raises(LexiconError) as err:
        verify(lexicon)
    assert err.value.code == E226_SPEC_FAILED
    assert err.value.file == "bad.yaml" and err.value.rule_id == "W990"
    assert "bad.yaml" in str(err.value) and "W990" in str(err.value)


def test_no_change_spec_that_changes_is_refused(tmp_path: Path) -> None:
    bad = GOOD.replace("{from: '法定代表人：张三', to: '法定代表人：张三'}", "{from: '法人代表', to: '法人代表'}")
    with pytest.raises(LexiconError) as err:
        verify(parse_lexicon([_write(tmp_path, bad)]))
    assert err.value.code == E226_SPEC_FAILED and err.value.rule_id == "W990"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (GOOD.replace("family: 术语", "family: 语法"), E222_SCHEMA),
        (GOOD.replace("id: W990", "id: X990"), E222_SCHEMA),
        (GOOD.replace("basis: 测试", "basis: 测试\n    severity: fatal"), E222_SCHEMA),
        (GOOD.replace("basis: 测试", "basis: 测试\n    context: {doc_types: [不存在的文书]}"), E222_SCHEMA),
        (GOOD.replace("basis: 测试", "basis: 测试\n    unknown_key: 1"), E222_SCHEMA),
        (GOOD.replace("patterns: [法人代表]", "regex: ['法人(代表']"), E224_BAD_REGEX),
        (GOOD.replace("patterns: [法人代表]", "check: no_such_check"), E225_UNKNOWN_CHECK),
        (GOOD.replace("      - {from: '法定代表人：张三', to: '法定代表人：张三'}\n", ""), E227_MISSING_SPECS),
    ],
    ids=["family", "id", "severity", "doc_type", "extra-key", "regex", "check", "no-negative-spec"],
)
def test_bad_rules_are_refused(tmp_path: Path, text: str, code: str) -> None:
    with pytest.raises(LexiconError) as err:
        parse_lexicon([_write(tmp_path, text)])
    assert err.value.code == code
    assert err.value.file == "test.yaml"


def test_duplicate_ids_across_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(LexiconError) as err:
        parse_lexicon([_write(tmp_path, GOOD, "a.yaml"), _write(tmp_path, GOOD, "b.yaml")])
    assert err.value.code == E223_DUPLICATE_ID and err.value.rule_id == "W990"


def test_regex_rule_expands_groups(tmp_path: Path) -> None:
    text = """
rules:
  - id: W991
    family: 引用
    expected: 第$1
    regex: ['(?<=条)([一二三四五六七八九十]{1,3})(?=款)']
    basis: 测试
    specs:
      - {from: '第四十一条二款', to: '第四十一条第二款'}
      - {from: '第四十一条第二款', to: '第四十一条第二款'}
"""
    verify(parse_lexicon([_write(tmp_path, text)]))
