"""Fixtures shared by every test package."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh, empty database URL for one test (SQLite in the test's temp dir)."""
    return f"sqlite:///{tmp_path / 'anjuan.db'}"
