"""The ``anjuan campaign create/import/reviewers/sample/assign/submit/reconcile/status`` command(s)."""

from __future__ import annotations
