"""The check-type registry: explicit, versioned names, documented, and never registered twice."""

from __future__ import annotations

import pytest

from checklists import registry
from checklists.errors import DuplicateCheckType
from checklists.registry import CheckParams, check_type


def test_registry_names_are_versioned_snake_case() -> None:
    names = registry.all_types()
    assert names, "no check type registered"
    for name in names:
        base, _, version = name.rpartition(".v")
        assert base and base.replace("_", "").isalpha() and base == base.lower() and version.isdigit(), name


def test_every_check_type_documents_what_params_and_example() -> None:
    for name, ctype in registry.all_types().items():
        for section in ("## What it checks", "## Params", "## Example"):
            assert section in ctype.doc, f"{name} lacks {section}"


def test_registering_a_name_twice_raises() -> None:
    name = next(iter(registry.all_types()))
    with pytest.raises(DuplicateCheckType):
        check_type(name, params=CheckParams)(lambda ctx, p: None)
