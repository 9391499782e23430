"""form_fields.v1 — every listed field of a form (送达回证 …) is there and filled in.

``Field`` and ``field_values`` are also used by the service checks (service_signer.v1, service_method.v1): a field's
value is what follows its label on the line ("送达方式：直接送达"), or the next line when the label ends its line and
the next line is not another label. Patterns see the normalised text (full-width characters to ASCII: "：" is ":",
"（）" are "()", square brackets are "〔〕").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import field_validator

from checklists.conditions import check_doc_types, compile_patterns, compiled, no_documents
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.refs import ElementRef
from checklists.registry import CheckParams, check_type
from extractors.model import Document, ElementKind
from extractors.normalize import normalize
from extractors.patterns import GENERIC_LABEL

_OPEN, _CLOSE = "(〔", ")〕"


class Field(CheckParams):
    name: str
    labels: list[str] = []  # regex: the field's label
    value_patterns: list[str] = []  # the value must match one of these (e.g. a 文号 shape)
    strip: list[str] = []  # regex removed from the value before it is judged empty (dates beside a signature …)
    anywhere: list[str] = []  # the field also counts as filled when one of these is found anywhere in the document
    elements: list[ElementRef] = []  # … or when the document holds such an element (kind + roles)
    empty_words: list[str] = ["无", "空", "空白"]  # a value that is only one of these is blank

    @field_validator("labels", "value_patterns", "strip", "anywhere")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


@dataclass(frozen=True)
class FieldValue:
    start: int  # span of the label and its value in the document text
    end: int
    value: str  # the value, stripped; "" when blank
    candidates: tuple[str, ...] = ()  # every reading of the value (see field_values), best first


BLANK_CHARS = " /\\-_—.,;:、"


def _skip_suffix(norm: str, pos: int, end: int) -> int:
    """After a label: white space, one bracketed note ("(盖章)", "(签名)"), white space and a colon."""
    while pos < end and norm[pos] == " ":
        pos += 1
    if pos < end and norm[pos] in _OPEN:
        close = next((i for i in range(pos + 1, min(end, pos + 14)) if norm[i] in _CLOSE), -1)
        if close > 0:
            pos = close + 1
    while pos < end and norm[pos] in " :":
        pos += 1
    return pos


def _clean(value: str, field: Field) -> str:
    for pattern in field.strip:
        value = compiled(pattern).sub(" ", value)
    cut = GENERIC_LABEL.search(value)  # the next "label:" on the same line ends the value
    if cut is not None:
        value = value[: cut.start()]
    value = value.strip(BLANK_CHARS + "\t")
    return "" if value in field.empty_words or not value.strip(BLANK_CHARS) else value


def _is_label_line(line: str, labels: Sequence[str]) -> bool:
    return bool(GENERIC_LABEL.match(line.strip()) or any(compiled(p).match(line.strip()) for p in labels))


def _line(norm: str, start: int, end: int) -> tuple[int, int]:
    """The line ``[start, end)`` clipped to the text; (-1, -1) outside it."""
    return (start, end) if 0 <= start <= end <= len(norm) else (-1, -1)


def field_values(norm: str, field: Field, stop_labels: Sequence[str] = ()) -> list[FieldValue]:
    """Every occurrence of the field's label in ``norm`` with its value ("" when the slot is blank).

    The value is what follows the label on its line. When that is blank (or only a stripped date), a form cell
    read line by line may hold it on the next line (text layers: label, then value) or on the line above (OCR of a
    cell whose label is centred beside a two-line value); each of those that is not itself a label line is a
    candidate, next line first.
    """
    out: list[FieldValue] = []
    labels = [*field.labels, *stop_labels]
    for label in field.labels:
        for m in compiled(label).finditer(norm):
            line_start = norm.rfind("\n", 0, m.start()) + 1
            line_end = norm.find("\n", m.end())
            line_end = len(norm) if line_end < 0 else line_end
            value = _clean(norm[_skip_suffix(norm, m.end(), line_end) : line_end], field)
            if value:
                out.append(FieldValue(m.start(), line_end, value, (value,)))
                continue
            nxt_end = norm.find("\n", line_end + 1)
            around = [_line(norm, line_end + 1, len(norm) if nxt_end < 0 else nxt_end)]
            if not norm[line_start : m.start()].strip():  # the label starts its line: the line above may hold it
                around.append(_line(norm, norm.rfind("\n", 0, max(line_start - 1, 0)) + 1, line_start - 1))
            candidates = []
            start, end = m.start(), line_end
            for a, b in around:
                text = norm[a:b] if a >= 0 else ""
                if text.strip() and not _is_label_line(text, labels) and (found := _clean(text, field)):
                    candidates.append(found)
                    start, end = min(start, a), max(end, b)
            out.append(FieldValue(start, end, candidates[0] if candidates else "", tuple(candidates)))
    out.sort(key=lambda v: v.start)
    return out


def filled(ctx: CheckContext, doc: Document, field: Field, stop_labels: list[str]) -> tuple[bool, FieldValue | None]:
    """(filled in?, the first occurrence of its label — for evidence when it is blank)."""
    norm = normalize(ctx.text(doc))
    occurrences = field_values(norm, field, stop_labels)
    for occ in occurrences:
        if occ.value and (not field.value_patterns or any(compiled(p).search(occ.value) for p in field.value_patterns)):
            return True, occ
    if any(compiled(p).search(norm) for p in field.anywhere):
        return True, None
    for ref in field.elements:
        roles = set(ref.roles)
        for el in ctx.elements(ElementKind(ref.kind), [doc]):
            if (not roles or el.role in roles) and el.text.strip(BLANK_CHARS) and str(el.value).strip(BLANK_CHARS):
                return True, None
    return False, occurrences[0] if occurrences else None


def select(ctx: CheckContext, doc_types: list[str], titles: list[str]) -> tuple[Document, ...]:
    docs = ctx.docs(*doc_types)
    if titles:
        docs = tuple(d for d in docs if any(compiled(t).search(normalize(d.title)) for t in titles))
    return docs


class Params(CheckParams):
    doc_types: list[str]
    titles: list[str] = []  # only documents whose title matches one of these (regex); empty: all of doc_types
    fields: list[Field]
    other_labels: list[str] = []  # regex: labels of other rows, never read as a field's value (备注, 代收人 …)
    missing_doc: Literal["cannot_tell", "fail", "not_applicable"] = "not_applicable"

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("titles", "other_labels")
    @classmethod
    def _titles(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


@check_type("form_fields.v1", params=Params)
def form_fields(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Each document of ``doc_types`` (titles matching ``titles``) has every field of ``fields`` filled in: the label is
    there with a value that is not blank ("/", "无", only a date where a signature belongs …) — or the field shows
    some other way (``anywhere`` wording, an extracted element). Every missing or blank field is evidence.
    ## Params
    doc_types, titles, fields (name, labels, value_patterns, strip, anywhere, elements, empty_words), other_labels,
    missing_doc
    ## Example
    ``{doc_types: [送达回证], fields: [{name: 送达方式, labels: [送达方式]}]}`` fails on a 送达回证 whose
    "送达方式：" is left blank.
    """
    docs = select(ctx, p.doc_types, p.titles)
    if not docs:
        return no_documents(ctx, p.doc_types, p.missing_doc)
    stop = [label for f in p.fields for label in f.labels] + p.other_labels
    failures: list[Evidence] = []
    names: list[str] = []
    for doc in docs:
        for field in p.fields:
            ok, occ = filled(ctx, doc, field, stop)
            if ok:
                continue
            names.append(field.name)
            if occ is not None:
                failures.append(ctx.at(doc, occ.start, occ.end, note=f"{field.name}未填写"))
            else:
                failures.append(ctx.whole(doc, note=f"缺少{field.name}"))
    if failures:
        return CheckResult.fail(failures, missing="、".join(dict.fromkeys(names)))
    return CheckResult.ok([ctx.whole(d) for d in docs[:3]])
