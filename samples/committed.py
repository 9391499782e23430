"""The small dossiers committed under samples/dossiers/ (tests, the UI's bundled samples). Regenerate with

python -m samples.committed [OUT]        # default: samples/dossiers
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from samples.build import build_dossier

DOSSIERS = Path(__file__).parent / "dossiers"


@dataclass(frozen=True)
class Committed:
    id: str
    seed: int
    form: str
    field: str
    procedure: str = "普通程序"
    party_type: str | None = None
    kind: str | None = None
    defects: list[str] = field(default_factory=list)
    outcome: str = "penalty"
    scan_quality: int = 60


COMMITTED = (
    Committed("mk-0001-text-clean", 105, "text_pdf", "市场监管", party_type="organization", kind="expired_food"),
    Committed(
        "mk-0002-text-commerce-defects",
        202,
        "text_pdf",
        "商务",
        party_type="individual_business",
        kind="scrap_unlicensed",
        defects=["B04", "E01", "G03"],
    ),
    Committed(
        "mk-0003-text-simple", 303, "text_pdf", "市场监管", "简易程序", party_type="individual", kind="price_tag"
    ),
    Committed(
        "mk-0004-text-env-defects",
        404,
        "text_pdf",
        "生态环境",
        party_type="organization",
        kind="voc",
        defects=["A06", "D06", "H05", "I01"],
    ),
    Committed(
        "mk-0005-scan-simple",
        505,
        "scan_pdf",
        "应急管理",
        "简易程序",
        party_type="organization",
        kind="gas_alarm",
        defects=["D15"],
    ),
    Committed(
        "mk-0006-docx-culture-defects",
        606,
        "docx_folder",
        "文化市场",
        party_type="individual_business",
        kind="minors_netcafe",
        defects=["C04", "W005"],
    ),
    Committed(
        "mk-0007-zip-prepaid", 707, "zip", "商务", party_type="organization", kind="prepaid_filing", defects=["G05"]
    ),
    Committed(
        "mk-0008-text-no-penalty",
        808,
        "text_pdf",
        "市场监管",
        party_type="individual_business",
        kind="health_cert",
        outcome="no_penalty",
    ),
)


def build(spec: Committed, out: Path = DOSSIERS) -> Path:
    return build_dossier(
        out,
        spec.seed,
        spec.form,
        field=spec.field,
        procedure=spec.procedure,
        defects=spec.defects,
        clean=not spec.defects,
        sample_id=spec.id,
        party_type=spec.party_type,
        outcome=spec.outcome,
        kind=spec.kind,
        scan_quality=spec.scan_quality,
    )


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else DOSSIERS
    for spec in COMMITTED:
        build(spec, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
