"""The ``anjuan anonymize: a dossier's text with personal data replaced`` command(s)."""

from __future__ import annotations
