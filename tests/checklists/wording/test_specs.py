"""Every rule's specs run as tests (prh): from -> to shows the fix, from = to asserts no change, flag: true/false."""

from __future__ import annotations

import pytest

from checklists.wording.lexicon import Rule, Spec, parse_lexicon
from checklists.wording.linter import default_lexicon
from checklists.wording.model import Family
from checklists.wording.specs import run_spec

LEXICON = parse_lexicon()
CASES = [(rule, spec) for rule in LEXICON.rules for spec in rule.specs]
IDS = [f"{rule.id}:{n}" for rule in LEXICON.rules for n, _ in enumerate(rule.specs, 1)]


@pytest.mark.parametrize(("rule", "spec"), CASES, ids=IDS)
def test_spec(rule: Rule, spec: Spec) -> None:
    result = run_spec(rule, spec)
    want = spec.to if spec.to is not None else ("flagged" if spec.flag else "not flagged")
    assert result.ok, f"{rule.id} ({rule.file}): {spec.from_!r} -> {result.got!r}, want {want!r}"


def test_default_lexicon_loads_and_verifies() -> None:
    lexicon = default_lexicon()
    assert len(lexicon.rules) >= 80
    assert len(set(lexicon.ids)) == len(lexicon.ids)


def test_every_family_has_rules_and_every_rule_a_basis() -> None:
    families = {r.family for r in LEXICON.rules}
    assert families == set(Family)
    assert all(r.basis.strip() for r in LEXICON.rules)


def test_sample_generator_codes_keep_their_meaning() -> None:
    """samples/defects plants W001–W007 with these meanings; the linter's rules of the same id must match them."""
    expected = {"W001": "法定代表人", "W002": "罚款", "W003": "账", "W004": "截至", "W005": "申辩", "W006": "陈述",
                "W007": "没收"}  # fmt: skip
    for code, word in expected.items():
        assert LEXICON.by_id(code).expected == word


def test_required_term_confusions_are_covered() -> None:
    """The confusions the issue names each have a rule that fixes them."""
    fixes = {(r.expected or "") for r in LEXICON.rules}
    for word in ("罚款", "没收", "中止", "终止", "撤销", "撤回", "申请行政复议", "提起行政诉讼", "法定代表人", "其他",
                 "账", "截至", "作出", "定金"):  # fmt: skip
        assert word in fixes, word
