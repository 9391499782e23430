"""The registry of check types: a plain dict, one versioned name per check module.

```python
class Params(CheckParams):
    doc_type: str

@check_type("document_present.v1", params=Params)
def document_present(ctx: CheckContext, p: Params) -> CheckResult: ...
```
Registering a name twice raises. ``checklists/checks/__init__.py`` imports each module explicitly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from checklists.context import CheckContext
from checklists.errors import DuplicateCheckType
from checklists.model import CheckResult


class CheckParams(BaseModel):
    """Base of every check type's parameters: a typo in YAML fails at load time."""

    model_config = ConfigDict(frozen=True, extra="forbid")


CheckFn = Callable[[CheckContext, CheckParams], CheckResult]


@dataclass(frozen=True)
class CheckType:
    name: str
    params: type[CheckParams]
    fn: CheckFn
    doc: str


REGISTRY: dict[str, CheckType] = {}


def check_type(
    name: str, params: type[CheckParams]
) -> Callable[[Callable[..., CheckResult]], Callable[..., CheckResult]]:
    def register(fn: Callable[..., CheckResult]) -> Callable[..., CheckResult]:
        if name in REGISTRY:
            raise DuplicateCheckType(f"check type {name!r} registered twice")
        REGISTRY[name] = CheckType(name=name, params=params, fn=fn, doc=(fn.__doc__ or "").strip())
        return fn

    return register


def get(name: str) -> CheckType | None:
    if not REGISTRY:
        import checklists.checks  # noqa: F401 — registers every check type

    return REGISTRY.get(name)


def all_types() -> dict[str, CheckType]:
    get("")
    return dict(REGISTRY)
