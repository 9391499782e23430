"""Generated dossiers with planted defects (samples.build), reviewed once per session by the real pipeline; helpers
to store one as a review in a fresh database."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from extractors.model import Dossier
from review.model import ReviewReport
from review.pipeline import review_paths
from review.storage.store import Store
from samples.build import build_dossier

#: name -> (seed, field, planted defects; None = a clean file)
CASES: dict[str, tuple[int, str, list[str] | None]] = {
    "env": (11, "生态环境", ["B04", "D05", "H01", "W005"]),
    "com": (23, "商务", ["G01", "G03", "K05"]),
    "mkt": (37, "市场监管", ["D06", "H05", "I01"]),
    "cul": (41, "文化市场", None),
}


@dataclass(frozen=True)
class Reviewed:
    root: Path
    manifest: dict
    dossier: Dossier
    report: ReviewReport

    def files(self) -> list[tuple[str, bytes]]:
        folder = self.root / "dossier"
        return [(p.name, p.read_bytes()) for p in sorted(folder.iterdir()) if p.is_file()]

    def identifiers(self) -> list[str]:
        """Every personal or identifying value the manifest lists (party, people, companies, codes, phones,
        addresses), officers included."""
        ids = self.manifest["identifiers"]
        out = [x for key in ("persons", "companies", "codes", "phones", "addresses") for x in ids.get(key, [])]
        return sorted({x for x in out if x}, key=len, reverse=True)


@pytest.fixture(scope="session")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Reviewed]:
    out_dir = tmp_path_factory.mktemp("casebook-dossiers")
    out: dict[str, Reviewed] = {}
    for name, (seed, field, defects) in CASES.items():
        root = build_dossier(out_dir, seed, "text_pdf", field=field, defects=defects, clean=defects is None)
        manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        dossier, report = review_paths([root / "dossier"])
        out[name] = Reviewed(root, manifest, dossier, report)
    return out


def store_review(store: Store, r: Reviewed, reviewer: str = "张三") -> int:
    key, _ = store.put_files(r.files(), r.root.name)
    return store.create_review(key, reviewer, "", r.dossier, r.report)
