"""ElementRef: how a rule names an element — document types, element kind, roles, and which one to pick."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import field_validator

from checklists.conditions import check_doc_types
from checklists.context import CheckContext
from checklists.registry import CheckParams
from extractors.model import Element, ElementKind, TimeSpan


class ElementRef(CheckParams):
    doc_types: list[str] = []  # empty: any document
    kind: str = "日期"  # ElementKind value
    roles: list[str | None] = []  # empty: any role; first listed role that has a match wins
    pick: Literal["first", "last", "earliest", "latest"] = "first"
    label: str = ""  # how messages name it, e.g. 立案日期

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        ElementKind(v)
        return v

    def name(self) -> str:
        return self.label or (f"{self.doc_types[0]}{self.roles[0] or ''}{self.kind}" if self.doc_types else self.kind)


def date_of(el: Element) -> dt.date | None:
    v = el.value
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, TimeSpan):
        return v.start.date()
    return None


def find_all(ctx: CheckContext, ref: ElementRef) -> list[Element]:
    docs = ctx.docs(*ref.doc_types) if ref.doc_types else None
    pool = ctx.elements(ElementKind(ref.kind), docs)
    if ref.roles:
        for role in ref.roles:
            hits = [e for e in pool if e.role == role]
            if hits:
                return hits
        return []
    return pool


def find_one(ctx: CheckContext, ref: ElementRef) -> Element | None:
    hits = find_all(ctx, ref)
    if not hits:
        return None
    if ref.pick == "last":
        return hits[-1]
    if ref.pick in ("earliest", "latest"):
        dated = [e for e in hits if date_of(e) is not None]
        if not dated:
            return hits[0]
        key = lambda e: date_of(e)  # noqa: E731
        return min(dated, key=key) if ref.pick == "earliest" else max(dated, key=key)
    return hits[0]
