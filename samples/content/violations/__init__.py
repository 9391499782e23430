"""Violations by field, each with its real law articles (checked against shared/laws where the text exists)."""

from samples.content.violations.base import KINDS, ViolationKind, kinds_for

__all__ = ["KINDS", "ViolationKind", "kinds_for"]
