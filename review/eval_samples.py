"""The generated sample dossiers under a folder (each a ``manifest.json`` beside its ``dossier/`` files), extracted
one by one for the evaluators (``anjuan eval extract | review | lint --samples``)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from extractors.model import Dossier
from extractors.pipeline import extract_dossier

#: progress(stage, done, total), called before each dossier
Progress = Callable[[str, int, int], None]


def sample_dossiers(
    root: Path, ocr: str = "auto", progress: Progress | None = None
) -> Iterator[tuple[dict[str, Any], Dossier]]:
    """(manifest, extracted dossier) for every sample under ``root``, in path order. No sample: ValueError."""
    manifests = sorted(root.rglob("manifest.json"))
    if not manifests:
        raise ValueError(f"{root}: 没有找到 manifest.json")
    for done, path in enumerate(manifests):
        if progress:
            progress("评测案卷", done, len(manifests))
        manifest = json.loads(path.read_text(encoding="utf-8"))
        files = [path.parent / "dossier" / f for f in manifest["files"]]
        yield manifest, extract_dossier(files, ocr=ocr)  # type: ignore[arg-type]
