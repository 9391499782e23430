"""The ``anjuan casebook add/list/export: 典型案例`` command(s)."""

from __future__ import annotations
