"""What a check sees: the dossier, the profile, and helpers to find documents, elements and quotes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

from checklists.model import Evidence, Profile
from extractors.case import CaseSummary, summarize
from extractors.doctext import DocText
from extractors.model import DocType, Document, Dossier, Element, ElementKind


def doc_type_of(name: str) -> DocType:
    """A DocType from its canonical value or enum name (YAML uses the Chinese value: 行政处罚决定书)."""
    for t in DocType:
        if name in (t.value, t.name):
            return t
    raise ValueError(f"unknown document type {name!r}")


class CheckContext:
    def __init__(self, dossier: Dossier, profile: Profile) -> None:
        self.dossier = dossier
        self.profile = profile
        self._texts: dict[str, DocText] = {}
        self._flat: dict[str, tuple[str, list[int]]] = {}

    @cached_property
    def case(self) -> CaseSummary:
        return summarize(self.dossier)

    @cached_property
    def procedure(self) -> str:
        """简易程序 when the decision is a 当场行政处罚决定书, else 普通程序."""
        simple = any(d.variant == "当场行政处罚决定书" for d in self.dossier.docs_of(DocType.DECISION))
        return "简易程序" if simple else "普通程序"

    # documents ---------------------------------------------------------------------------------------------------
    def docs(self, *types: DocType | str) -> tuple[Document, ...]:
        wanted = {t if isinstance(t, DocType) else doc_type_of(t) for t in types}
        return tuple(d for d in self.dossier.documents if d.doc_type in wanted)

    def has(self, *types: DocType | str) -> bool:
        return bool(self.docs(*types))

    def doc_text(self, doc: Document) -> DocText:
        if doc.id not in self._texts:
            self._texts[doc.id] = DocText(self.dossier, doc)
        return self._texts[doc.id]

    def text(self, doc: Document) -> str:
        return self.doc_text(doc).text

    def flat(self, doc: Document) -> tuple[str, list[int]]:
        """The document's text with line breaks removed (a PDF or table cell wraps words: 出示执\\n法证件), and for
        each character of it the offset in ``text(doc)`` it came from."""
        if doc.id not in self._flat:
            text = self.text(doc)
            keep = [i for i, ch in enumerate(text) if ch not in "\r\n"]
            self._flat[doc.id] = ("".join(text[i] for i in keep), keep)
        return self._flat[doc.id]

    def at_flat(self, doc: Document, start: int, end: int, note: str = "") -> Evidence:
        """Evidence for a match ``[start, end)`` in ``flat(doc)``."""
        _, keep = self.flat(doc)
        raw_start = keep[start] if start < len(keep) else len(self.text(doc))
        raw_end = keep[end - 1] + 1 if 0 < end <= len(keep) else raw_start
        return self.at(doc, raw_start, raw_end, note)

    def doc_by_id(self, doc_id: str | None) -> Document | None:
        return next((d for d in self.dossier.documents if d.id == doc_id), None)

    def decisions(self) -> tuple[Document, ...]:
        return self.docs(DocType.DECISION)

    # elements ----------------------------------------------------------------------------------------------------
    def elements(
        self,
        kind: ElementKind,
        docs: Iterable[Document] | None = None,
        roles: Iterable[str | None] | None = None,
    ) -> list[Element]:
        ids = None if docs is None else {d.id for d in docs}
        role_set = None if roles is None else set(roles)
        return [
            e
            for e in self.dossier.elements
            if e.kind == kind and (ids is None or e.doc_id in ids) and (role_set is None or e.role in role_set)
        ]

    # evidence ----------------------------------------------------------------------------------------------------
    def doc_label(self, doc: Document | None) -> str:
        return doc.doc_type.value if doc is not None else "案卷"

    def of_element(self, el: Element, note: str = "") -> Evidence:
        return Evidence(document=self.doc_label(self.doc_by_id(el.doc_id)), prov=el.prov, quote=el.text, note=note)

    def missing(self, doc_type: DocType | str, note: str = "缺少该文书") -> Evidence:
        name = doc_type.value if isinstance(doc_type, DocType) else doc_type_of(doc_type).value
        return Evidence(document=name, note=note)

    def at(self, doc: Document, start: int, end: int, note: str = "") -> Evidence:
        dt = self.doc_text(doc)
        return Evidence(document=self.doc_label(doc), prov=dt.prov(start, end), quote=dt.text[start:end], note=note)

    def whole(self, doc: Document, note: str = "") -> Evidence:
        """Evidence pointing at a document as a whole: its first line as the quote."""
        dt = self.doc_text(doc)
        first = dt.text.strip().split("\n", 1)[0][:60]
        start = dt.text.find(first) if first else 0
        return Evidence(
            document=self.doc_label(doc), prov=dt.prov(start, start + len(first)), quote=first, note=note, locator=True
        )

    def find(self, doc: Document, pattern: re.Pattern[str]) -> list[Evidence]:
        dt = self.doc_text(doc)
        return [self.at(doc, m.start(), m.end()) for m in pattern.finditer(dt.text)]

    def find_in(self, docs: Iterable[Document], pattern: re.Pattern[str]) -> list[Evidence]:
        return [ev for d in docs for ev in self.find(d, pattern)]
