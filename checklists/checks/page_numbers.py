"""page_numbers.v1 — pages carry continuous page numbers; 封面 and 备考表 carry none."""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import check_doc_types, compile_patterns, compiled
from checklists.context import CheckContext, doc_type_of
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import DocType, Page


class Params(CheckParams):
    label_pattern: str  # regex for a whole line that is a page number: group "n" (12 / 第12页 / - 12 -)
    unnumbered_types: list[str] = ["案卷封面", "备考表"]  # must not be numbered
    skip_types: list[str] = ["卷内目录"]  # not judged (a 目录's last line is a page cell)
    corner_param: str = "pagination_corner"  # profile parameter: bottom-right | top-right
    max_evidence: int = 6

    @field_validator("unnumbered_types", "skip_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("label_pattern")
    @classmethod
    def _pattern(cls, v: str) -> str:
        compile_patterns([v])
        return v


def _label(page: Page, pattern: str, top: bool) -> tuple[int | None, tuple[int, int]]:
    """The page number the corner line shows, and that line's span (the page's first or last non-empty line)."""
    pos, spans = 0, []
    for line in page.text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    if not spans:
        return None, (0, 0)
    start, end = spans[0] if top else spans[-1]
    m = compiled(pattern).fullmatch(page.text[start:end].strip())
    return (int(m.group("n")), (start, end)) if m else (None, (start, end))


@check_type("page_numbers.v1", params=Params)
def page_numbers(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    The page number each page shows in the profile's corner (``corner_param``: the last line for bottom-right, the
    first line for top-right; a line matching ``label_pattern``). The numbered pages (all but ``unnumbered_types``
    and ``skip_types``) run 1, 2, 3 … without gaps or repeats; a page of ``unnumbered_types`` shows none; a numbered
    page without a number fails unless it was OCRed (a faint pencil number is easily lost), and on an OCRed page a
    number out of sequence fails only when the next numbered page repeats the shift (a misread digit does not). When
    no page shows a number the text cannot tell (a scan's numbers may be images): CANNOT_TELL.
    ## Params
    label_pattern, unnumbered_types, skip_types, corner_param, max_evidence
    ## Example
    Pages numbered 1, 2, 4 fail at the page labelled 4.
    """
    top = str(ctx.profile.v(p.corner_param)).startswith("top")
    unnumbered = {doc_type_of(t) for t in p.unnumbered_types}
    skipped = {doc_type_of(t) for t in p.skip_types}
    kind: dict[int, DocType] = {}
    for doc in ctx.dossier.documents:
        for ref in doc.pages:
            kind.setdefault(ref.page, doc.doc_type)
    failures: list[Evidence] = []
    numbered: list[tuple[Page, int | None, tuple[int, int]]] = []
    for page in ctx.dossier.pages:
        t = kind.get(page.number)
        if t in skipped:
            continue
        n, span = _label(page, p.label_pattern, top)
        if t in unnumbered:
            if n is not None:
                failures.append(_ev(ctx, page, span, f"{t.value if t else '该页'}不应编页码"))
            continue
        numbered.append((page, n, span))
    if not any(n is not None for _, n, _ in numbered):
        return CheckResult.cannot_tell("文本中未见页码，须查看原件")
    labelled = [(i, page, n, span) for i, (page, n, span) in enumerate(numbered, 1) if n is not None]
    for page, n, span in numbered:
        # a DOCX keeps its page numbers in footer fields the body text does not show, and OCR may miss one
        if n is None and page.source not in ("ocr", "docx"):
            failures.append(_ev(ctx, page, span, "该页未见页码"))
    offset = 0  # label minus position, as the pages so far run (a real gap shifts every later page)
    for k, (i, page, n, span) in enumerate(labelled):
        if n - i == offset:
            continue
        if page.source == "ocr":
            # an OCRed digit is often misread (6 for 9): only a shift the next page repeats is a real gap
            nxt = labelled[k + 1] if k + 1 < len(labelled) else None
            if nxt is None or nxt[2] - nxt[0] != n - i:
                continue
        failures.append(_ev(ctx, page, span, f"页码{n}，按顺序应为{i + offset}"))
        offset = n - i
    if failures:
        return CheckResult.fail(failures[: p.max_evidence], count=str(len(failures)))
    return CheckResult.ok(count=str(len(numbered)))


def _ev(ctx: CheckContext, page: Page, span: tuple[int, int], note: str) -> Evidence:
    prov = page.locate(*span)
    doc = next((d for d in ctx.dossier.documents if any(r.page == page.number for r in d.pages)), None)
    return Evidence(document=ctx.doc_label(doc), prov=prov, quote=page.text[span[0] : span[1]].strip(), note=note)
