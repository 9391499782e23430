"""A format-neutral document: paragraphs and ruled tables. The forms (PDF, DOCX) lay it out; defects edit it.

Blocks may carry a ``tag`` naming what they hold ("remedy", "rights_statement", …) so that a defect can find the
paragraph it removes or rewrites without searching for wording.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

Align = Literal["left", "center", "right"]
Size = Literal["agency", "title", "subtitle", "body", "small", "tiny"]


@dataclass
class Para:
    text: str
    align: Align = "left"
    indent: bool = True  # first-line indent of two characters
    size: Size = "body"
    bold: bool = False
    tag: str | None = None
    space_before: float = 0.0  # in lines


@dataclass
class Cell:
    text: str
    span: int = 1
    align: Align = "left"
    bold: bool = False
    sign: list[str] = field(default_factory=list)  # right-aligned closing lines: 签名：张三 / 2024年3月5日
    min_lines: int = 1
    tag: str | None = None


@dataclass
class Table:
    widths: list[float]  # column fractions of the text width, summing to 1
    rows: list[list[Cell]]
    tag: str | None = None
    size: Size = "small"


@dataclass
class Seal:
    """The round red seal printed over the 落款 (drawn, not text)."""

    agency: str


Block = Para | Table | Seal


@dataclass
class Doc:
    key: str  # unique within a dossier: "decision", "notice_service", "inquiry1" …
    doc_type: str  # DocType value (extractors.model.DocType)
    title: str  # the title as printed
    blocks: list[Block]
    date: dt.date | None = None  # for the 卷内目录
    numbered: bool = True  # 封面, 卷内目录 and 备考表 carry no page number
    variant: str | None = None

    def paragraphs(self) -> Iterator[Para]:
        return (b for b in self.blocks if isinstance(b, Para))

    def cells(self) -> Iterator[Cell]:
        for block in self.blocks:
            if isinstance(block, Table):
                for row in block.rows:
                    yield from row

    def text(self) -> str:
        """All text in reading order, one line per paragraph / cell line (what a text layer roughly holds)."""
        lines: list[str] = []
        for block in self.blocks:
            if isinstance(block, Para):
                lines.append(block.text)
            elif isinstance(block, Table):
                for row in block.rows:
                    for cell in row:
                        lines.append(cell.text)
                        lines.extend(cell.sign)
        return "\n".join(lines)

    def drop(self, tag: str) -> str:
        """Remove every paragraph or table tagged ``tag``; return the removed text ("" if none)."""
        removed = [b for b in self.blocks if isinstance(b, Para | Table) and b.tag == tag]
        self.blocks = [b for b in self.blocks if b not in removed]
        return "\n".join(b.text if isinstance(b, Para) else "" for b in removed)

    def replace(self, old: str, new: str, count: int = -1) -> int:
        """Replace ``old`` by ``new`` in paragraphs and cells (at most ``count`` times, -1 = all); return the hits."""
        hits = 0
        for target in [*self.paragraphs(), *self.cells()]:
            if count != -1 and hits >= count:
                break
            n = target.text.count(old)
            if n:
                limit = n if count == -1 else min(n, count - hits)
                target.text = target.text.replace(old, new, limit)
                hits += limit
            if isinstance(target, Cell):
                for i, line in enumerate(target.sign):
                    if old in line and (count == -1 or hits < count):
                        target.sign[i] = line.replace(old, new, 1 if count != -1 else -1)
                        hits += 1
        return hits

    def contains(self, text: str) -> bool:
        return text in self.text()


def find_doc(docs: list[Doc], key: str) -> Doc | None:
    return next((d for d in docs if d.key == key), None)
