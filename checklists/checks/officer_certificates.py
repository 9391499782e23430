"""officer_certificates.v1 — each officer's 执法证号 has an accepted shape and is the same in every document."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from pydantic import field_validator

from checklists.checks.officer_count import officers_in
from checklists.conditions import check_doc_types, compile_patterns, compiled
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Document, ElementKind, Officer


class Params(CheckParams):
    doc_types: list[str] = []  # where officers are read; empty: every document
    shapes: list[str]  # accepted 执法证号 forms, matched against the whole number as written
    cert_label: str  # the label between a name and its number, e.g. "[（(]\\s*执法证号\\s*[:：]\\s*"
    officer_roles: list[str] = ["执法人员", "询问人", "检查人", "记录人", "承办人", "送达人"]
    ignore_names: list[str] = []  # patterns of officer "names" that are extraction debris (…执字)
    stop_chars: str = "、，,；;（）()[]【】〔〕：:。 \u3000\t\n"  # what ends a number as written
    window: int = 80  # a number paired by extraction is looked for this far after the officer's name
    max_evidence: int = 4

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("shapes", "ignore_names")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)

    @field_validator("cert_label")
    @classmethod
    def _label(cls, v: str) -> str:
        return compile_patterns([v])[0]


@dataclass(frozen=True)
class Cert:
    name: str
    number: str  # as written
    doc: Document
    start: int
    end: int


def _token(text: str, start: int, end: int, stop: str) -> tuple[int, int]:
    """Widen ``[start, end)`` to the whole run of characters that are not separators."""
    while start > 0 and text[start - 1] not in stop:
        start -= 1
    while end < len(text) and text[end] not in stop:
        end += 1
    return start, end


def _norm(number: str) -> str:
    return "".join(unicodedata.normalize("NFKC", number).split()).upper()


def _certs(ctx: CheckContext, doc: Document, p: Params) -> list[Cert]:
    """Name → number as written, read after the name's label in the text, else from the element's pairing.

    Read on the text with line breaks removed: a PDF line or a table cell often wraps a number (川成执字第\\n6223号).
    """
    text = ctx.flat(doc)[0]
    label = compiled(p.cert_label)
    out: list[Cert] = []
    for name, el in officers_in(ctx, doc, p.officer_roles, p.ignore_names).items():
        found = False
        pos = text.find(name)
        while pos != -1:
            m = label.match(text, pos + len(name))
            if m and m.end() < len(text) and text[m.end()] not in p.stop_chars:
                s, e = _token(text, m.end(), m.end() + 1, p.stop_chars)
                out.append(Cert(name, text[s:e], doc, s, e))
                found = True
            pos = text.find(name, pos + 1)
        cert = el.value.cert_no if isinstance(el.value, Officer) else None
        if not found and cert:
            at = _after_name(text, name, cert, p.window)
            if at != -1:  # the number as extracted, or the whole run it stands in (川成执字第0123号)
                s, e = _token(text, at, at + len(cert), p.stop_chars)
                if not _shaped(text[s:e], p) and _shaped(cert, p):
                    s, e = at, at + len(cert)
                out.append(Cert(name, text[s:e], doc, s, e))
    return out


def _after_name(text: str, name: str, cert: str, window: int) -> int:
    """Where ``cert`` is written within ``window`` characters after a mention of ``name`` (-1: nowhere)."""
    pos = text.find(name)
    while pos != -1:
        at = text.find(cert, pos + len(name), pos + len(name) + window + len(cert))
        if at != -1:
            return at
        pos = text.find(name, pos + 1)
    return -1


def _shaped(number: str, p: Params) -> bool:
    return any(ch in number for ch in "*×") or any(compiled(s).fullmatch(_norm(number)) for s in p.shapes)


@check_type("officer_certificates.v1", params=Params)
def officer_certificates(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Every 执法证号 written after an officer's name (after ``cert_label``, or paired with the name by extraction) is,
    as written, one of the accepted ``shapes`` (masked numbers are not judged), and each officer carries the same
    number in every document. No officer with a number, or only masked numbers: CANNOT_TELL.
    ## Params
    doc_types, shapes, cert_label, officer_roles, ignore_names, stop_chars, window, max_evidence
    ## Example
    ``{shapes: ["\\\\d{11}", "[\\\\u4e00-\\\\u9fff]{1,6}执字第\\\\d{3,8}号"],
    cert_label: "[（(]\\\\s*执法证号\\\\s*[:：]\\\\s*"}``
    fails when 李明 is "51010021001" in the 现场笔录 and "51010021007" in the 询问笔录, or on "5101002100".
    """
    docs = ctx.docs(*p.doc_types) if p.doc_types else ctx.dossier.documents
    certs = [c for d in docs if ctx.elements(ElementKind.OFFICER, [d]) for c in _certs(ctx, d, p)]
    if not certs:
        return CheckResult.cannot_tell("未识别到执法人员的执法证号")
    problems: list[Evidence] = []
    notes: list[str] = []
    for c in certs:
        if not _shaped(c.number, p):
            problems.append(ctx.at_flat(c.doc, c.start, c.end, note=f"{c.name}的执法证号格式不符"))
            notes.append(f"{c.name}的执法证号“{c.number}”格式不符")
    by_name: dict[str, dict[str, Cert]] = {}
    for c in certs:
        if not any(ch in c.number for ch in "*×"):
            by_name.setdefault(c.name, {}).setdefault(_norm(c.number), c)
    for name, numbers in by_name.items():
        if len(numbers) > 1:
            shown = list(numbers.values())
            problems.extend(
                ctx.at_flat(c.doc, c.start, c.end, note=f"{name}在{c.doc.title}中的执法证号") for c in shown
            )
            notes.append(f"{name}的执法证号前后不一致（{'、'.join(c.number for c in shown)}）")
    if problems:
        return CheckResult.fail(problems[: p.max_evidence], reason="；".join(notes[:3]), quote=problems[0].quote)
    plain = [c for c in certs if not any(ch in c.number for ch in "*×")]
    if not plain:
        return CheckResult.cannot_tell(
            "执法证号均已打码，无法核对", [ctx.at_flat(c.doc, c.start, c.end) for c in certs[:2]]
        )
    return CheckResult.ok([ctx.at_flat(plain[0].doc, plain[0].start, plain[0].end)])
