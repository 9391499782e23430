"""Code checks: rules whose logic is Python. Each module registers its checks in ``CHECKS`` by name; a lexicon rule
names one with ``check:``. The modules are listed here explicitly, so the set is reviewable."""

from __future__ import annotations

from . import citations, dates, money, numbers, records, typos
from .base import CHECKS, CheckFn, Hit, register

__all__ = ["CHECKS", "CheckFn", "Hit", "citations", "dates", "money", "numbers", "records", "register", "typos"]
