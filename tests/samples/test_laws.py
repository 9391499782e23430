"""Every article the generator cites exists in the law texts of shared/laws (skipped where that folder is absent)."""

from __future__ import annotations

from pathlib import Path

import cn2an
import pytest

from samples.content.case import make_case
from samples.content.citations import Citation
from samples.content.violations import KINDS, kinds_for
from samples.content.violations.base import NO_PENALTY_33, REDUCE_32_1, prc

LAWS = Path(__file__).resolve().parents[3] / "shared" / "laws"
FIXED = [
    prc("行政处罚法", "第二十八条第一款"),
    prc("行政处罚法", "第四十三条"),
    prc("行政处罚法", "第四十四条"),
    prc("行政处罚法", "第四十五条"),
    prc("行政处罚法", "第五十一条"),
    prc("行政处罚法", "第五十四条第二款"),
    prc("行政处罚法", "第六十三条"),
    prc("行政处罚法", "第六十四条"),
    prc("行政处罚法", "第七十二条第一款第（一）项"),
    REDUCE_32_1,
    NO_PENALTY_33,
]


def _law_file(name: str) -> Path | None:
    short = name.removeprefix("中华人民共和国")
    found = sorted(p for p in LAWS.rglob("*.md") if p.name.split("(")[0] == short)
    return found[-1] if found else None  # the newest version


def _article(text: str, number: str) -> list[str]:
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(number + " "))
    block = [lines[start].split(" ", 1)[1]]
    for line in lines[start + 1 :]:
        if line.startswith("#") or (line.startswith("第") and "条 " in line[:12]):
            break
        if line.strip():
            block.append(line.strip())
    return block


def _check(citation: Citation) -> None:
    path = _law_file(citation.law)
    if path is None:
        pytest.skip(f"{citation.law} is not in shared/laws")
    head, _, rest = citation.article.partition("条")
    block = _article(path.read_text(encoding="utf-8"), head + "条")
    paragraphs = [line for line in block if not line.startswith(("（", "("))]
    if "款" in rest:
        n = cn2an.cn2an(rest.split("款")[0].removeprefix("第"), "smart")
        assert len(paragraphs) >= n, citation.text
    if "项" in rest:
        item = rest.split("（")[1].split("）")[0]
        assert any(line.startswith((f"（{item}）", f"({item})")) for line in block), citation.text


def _citations() -> list[Citation]:
    kinds_for("市场监管")  # load the registry
    out = list(FIXED)
    for kind in KINDS.values():
        v = make_case(
            1, field=kind.field, kind=kind.key, party_type=kind.party_types[0], procedure="普通程序", outcome="penalty"
        ).violation
        out += v.violated + v.basis + v.discretion_basis
    return list({c.text: c for c in out}.values())


@pytest.mark.skipif(not LAWS.is_dir(), reason="shared/laws is not available")
@pytest.mark.parametrize("citation", _citations(), ids=lambda c: c.text)
def test_cited_article_exists(citation: Citation) -> None:
    _check(citation)
