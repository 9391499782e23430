"""Write a dossier's documents in one of the four forms and report where each document landed.

Pages are counted dossier-wide over the files in natural order of their relative paths (ZIP members as files):
a PDF page is a page; a DOCX is split into pages only at explicit page breaks.
"""

from __future__ import annotations

import random
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from samples.content import docs_archive as archive
from samples.content.doc import Doc
from samples.content.spec import CaseSpec
from samples.forms.docx_writer import write_docx
from samples.forms.layout import PageOps, layout
from samples.forms.natural import natural_key
from samples.forms.pdf_text import write_pdf
from samples.forms.scan import write_scan_pdf

FORMS = ("text_pdf", "scan_pdf", "docx_folder", "zip")


@dataclass
class Placement:
    doc: Doc
    file: str  # relative to dossier/ (a ZIP member as "案卷.zip/3_立案审批表.pdf")
    page_start: int
    page_end: int
    label: str | None  # the printed page number(s), e.g. "3-4"; None for 封面/目录/备考表


@dataclass
class FormOutput:
    files: list[str]
    pages: int
    placements: list[Placement]
    members: list[str] = field(default_factory=list)


def _safe(title: str) -> str:
    return title.replace("/", "-").replace("（", "(").replace("）", ")")


def _labels(docs: list[Doc], counts: dict[str, int]) -> archive.Labels:
    labels: archive.Labels = {}
    n = 0
    for d in docs:
        if d.numbered:
            labels[d.key] = (n + 1, n + counts[d.key])
            n += counts[d.key]
    return labels


def _label(labels: archive.Labels, d: Doc) -> str | None:
    return archive.label_text(*labels[d.key]) if d.key in labels else None


def _layouts(spec: CaseSpec, docs: list[Doc]) -> tuple[dict[str, list[PageOps]], archive.Labels]:
    """Every document laid out on pages, the 封面/目录/备考表 written from the others' page labels."""
    pages = {d.key: layout(d) for d in docs if d.numbered}
    labels = _labels(docs, {k: len(v) for k, v in pages.items()})
    archive.fill(spec, docs, labels)
    pages.update({d.key: layout(d) for d in docs if not d.numbered})
    return pages, labels


def _numbered_pages(d: Doc, pages: list[PageOps], labels: archive.Labels) -> list[tuple[PageOps, str | None]]:
    first = labels[d.key][0] if d.key in labels else None
    return [(p, None if first is None else str(first + i)) for i, p in enumerate(pages)]


def _text_pdf(spec: CaseSpec, docs: list[Doc], target: Path, name: str) -> FormOutput:
    laid, labels = _layouts(spec, docs)
    pages: list[tuple[PageOps, str | None]] = []
    placements = []
    for d in docs:
        first = len(pages) + 1
        pages += _numbered_pages(d, laid[d.key], labels)
        placements.append(Placement(d, name, first, len(pages), _label(labels, d)))
    write_pdf(target / name, pages, spec.case_name)
    return FormOutput([name], len(pages), placements)


def _scan_pdf(spec: CaseSpec, docs: list[Doc], target: Path, name: str, quality: int) -> FormOutput:
    with tempfile.TemporaryDirectory() as tmp:
        out = _text_pdf(spec, docs, Path(tmp), "text.pdf")
        write_scan_pdf(Path(tmp) / "text.pdf", target / name, spec.seed, quality=quality)
    for p in out.placements:
        p.file = name
    out.files = [name]
    return out


def _docx_groups(docs: list[Doc], rng: random.Random) -> list[list[Doc]]:
    """One document per file, except pairs that offices often keep together (cover + TOC, a notice + its receipt)."""
    pairs = {("cover", "toc"), ("notice", "notice_service"), ("decision", "decision_service")}
    groups: list[list[Doc]] = []
    for d in docs:
        if groups and (groups[-1][-1].key, d.key) in pairs and len(groups[-1]) == 1 and rng.random() < 0.5:
            groups[-1].append(d)
        else:
            groups.append([d])
    return groups


def _group_name(group: list[Doc]) -> str:
    if len(group) == 1:
        return group[0].title
    if group[0].key == "cover":
        return "案卷封面及卷内目录"
    return f"{group[0].title}及送达回证"


def _docx_folder(spec: CaseSpec, docs: list[Doc], target: Path, rng: random.Random) -> FormOutput:
    labels = _labels(docs, {d.key: 1 for d in docs if d.numbered})
    archive.fill(spec, docs, labels)
    files, placements, page = [], [], 0
    for n, group in enumerate(_docx_groups(docs, rng), 1):
        name = f"{n}_{_safe(_group_name(group))}.docx"
        write_docx(target / name, group)
        files.append(name)
        for d in group:
            page += 1
            placements.append(Placement(d, name, page, page, _label(labels, d)))
    return FormOutput(files, page, placements)


_DOCX_IN_ZIP = {"inquiry1", "inquiry2", "statement", "report", "discussion"}


def _zip(spec: CaseSpec, docs: list[Doc], target: Path, name: str, rng: random.Random) -> FormOutput:
    mixed = rng.random() < 0.5
    as_docx = {d.key for d in docs if mixed and d.key in _DOCX_IN_ZIP}
    pdf_pages = {d.key: layout(d) for d in docs if d.numbered and d.key not in as_docx}
    labels = _labels(docs, {d.key: len(pdf_pages.get(d.key, [None])) for d in docs if d.numbered})
    archive.fill(spec, docs, labels)
    folder = rng.choice(("", "", "案卷材料/"))
    members, placements, page = [], [], 0
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(target / name, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, d in enumerate(docs, 1):
            ext = "docx" if d.key in as_docx else "pdf"
            member = f"{folder}{n}_{_safe(d.title)}.{ext}"
            local = Path(tmp) / f"{n}.{ext}"
            if ext == "docx":
                write_docx(local, [d])
                count = 1
            else:
                doc_pages = pdf_pages.get(d.key) or layout(d)
                write_pdf(local, _numbered_pages(d, doc_pages, labels), d.title)
                count = len(doc_pages)
            zf.write(local, member)
            members.append(member)
            placements.append(Placement(d, f"{name}/{member}", page + 1, page + count, _label(labels, d)))
            page += count
    return FormOutput([name], page, placements, members)


def write_form(
    form: str, spec: CaseSpec, docs: list[Doc], target: Path, rng: random.Random, scan_quality: int = 65
) -> FormOutput:
    """Write ``docs`` into ``target`` (the dossier/ folder) in ``form``."""
    target.mkdir(parents=True, exist_ok=True)
    stem = _safe(spec.case_number)
    if form == "text_pdf":
        out = _text_pdf(spec, docs, target, f"{stem}.pdf")
    elif form == "scan_pdf":
        out = _scan_pdf(spec, docs, target, f"{stem}（扫描件）.pdf", scan_quality)
    elif form == "docx_folder":
        out = _docx_folder(spec, docs, target, rng)
    elif form == "zip":
        out = _zip(spec, docs, target, f"{stem}.zip", rng)
    else:
        raise ValueError(f"unknown form {form!r}; expected one of {', '.join(FORMS)}")
    order = sorted(out.members or out.files, key=natural_key)
    if order != (out.members or out.files):
        raise AssertionError("files must be written in natural order")
    return out
