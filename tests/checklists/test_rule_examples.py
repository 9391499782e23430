"""Every rule's own examples run as tests (named pack:ID:example), like semgrep fixtures.

``todo_pass`` / ``todo_fail`` examples are known gaps and run as xfail.
"""

from __future__ import annotations

import pytest

from checklists.examples import run_example
from checklists.loader import list_packs


def _cases() -> list:
    cases = []
    for pack in list_packs():
        for rule in pack.rules:
            for ex in rule.examples:
                marks = (
                    [pytest.mark.xfail(reason="todo example", strict=False)] if ex.expect.startswith("todo_") else []
                )
                cases.append(pytest.param(pack, rule, ex, id=f"{pack.id}:{rule.id}:{ex.name}", marks=marks))
    return cases


@pytest.mark.parametrize(("pack", "rule", "example"), _cases())
def test_rule_example(pack, rule, example) -> None:
    result = run_example(rule, pack, example)
    assert result.ok, result.detail
