"""The ``anjuan batch and campaign review: the machine pass over many dossiers (process pool or Dask)`` command(s)."""

from __future__ import annotations
