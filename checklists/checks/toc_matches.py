"""toc_matches.v1 — the 卷内目录 lists the documents of the dossier, in their order, with the right page numbers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from pydantic import field_validator

from checklists.conditions import check_doc_types, compile_patterns, compiled
from checklists.context import CheckContext, doc_type_of
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import DocType, Document
from extractors.normalize import normalize
from extractors.patterns import TOC_UNTITLED_ROW
from extractors.titles import ALIASES

_DROP = " ()〔〕/、\n"  # what title_key drops (after normalize: full-width brackets are ASCII, square ones 〔〕)
_LONGEST = max(len(k) for k in ALIASES)


class Params(CheckParams):
    toc_types: list[str] = ["卷内目录"]
    page_pattern: str  # regex for a page cell: groups "start" (and "end" for a range 3-5)
    skip_line_patterns: list[str] = []  # lines that are no rows (案件名称 …)
    unlisted_types: list[str] = ["案卷封面", "卷内目录", "备考表"]  # never listed as rows
    max_evidence: int = 8

    @field_validator("toc_types", "unlisted_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("skip_line_patterns")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)

    @field_validator("page_pattern")
    @classmethod
    def _page(cls, v: str) -> str:
        compile_patterns([v])
        return v


@dataclass
class Row:
    doc_type: DocType
    start: int  # span of the title in the 目录's text
    end: int
    page: int | None = None


def parse_rows(text: str, p: Params) -> list[Row]:
    """The rows of a 目录: each known title (longest alias, one per line) with the page its row gives."""
    norm = normalize(text)
    keep: list[int] = []  # positions of norm kept in the compact copy
    line_start = 0
    for line in norm.split("\n"):
        if not any(compiled(pt).search(line) for pt in p.skip_line_patterns):
            keep += [line_start + i for i, ch in enumerate(line) if ch not in _DROP]
        line_start += len(line) + 1
    compact = "".join(norm[i] for i in keep)
    unlisted = {doc_type_of(t) for t in p.unlisted_types}
    rows: list[Row] = []
    lines_taken: set[int] = set()
    i = 0
    while i < len(compact):
        size = next((n for n in range(min(_LONGEST, len(compact) - i), 1, -1) if compact[i : i + n] in ALIASES), 0)
        if not size:
            i += 1
            continue
        doc_type = ALIASES[compact[i : i + size]][0]
        start, end = keep[i], keep[i + size - 1] + 1
        line_no = norm.count("\n", 0, start)
        if doc_type not in unlisted and doc_type != DocType.OTHER and line_no not in lines_taken:
            rows.append(Row(doc_type, start, end))
            lines_taken.add(line_no)
        i += size
    cells: list[list[int]] = []
    for k, row in enumerate(rows):
        seg_end = rows[k + 1].start if k + 1 < len(rows) else len(norm)
        cells.append([int(m.group("start")) for m in compiled(p.page_pattern).finditer(norm, row.end, seg_end)])
    # with a 序号 column each stretch ends with the next row's number: the page is the cell before it
    numbered = sum(1 for k, c in enumerate(cells[:-1]) if c and c[-1] == k + 2)
    has_seq = len(cells) > 1 and numbered * 2 >= len(cells) - 1
    for k, (row, c) in enumerate(zip(rows, cells, strict=True)):
        if has_seq and k + 1 < len(rows):
            row.page = c[-2] if len(c) >= 2 else None
        else:
            row.page = c[-1] if c else None
    return rows


@check_type("toc_matches.v1", params=Params)
def toc_matches(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    The 卷内目录 against the documents found in the dossier (测绘 卷面 5 "卷内目录按顺序填写，页码正确"). Its rows
    are read as the known titles (alias table) with the page cell of each row (``page_pattern``; the 序号 column is
    told apart from the page column). Fails: a listed document type the dossier does not hold; a document type the
    目录 does not list; rows in another order than the documents; a row whose start page differs from where its
    document starts (after the offset most rows share, as 封面 and 目录 are unnumbered; not judged on an OCRed 目录,
    whose table digits are often misread: 4-5 as 45; nor "not listed" where an OCRed 目录 has as many rows whose
    title was not read). Several rows or documents
    of one type are matched in order; a count difference inside a type is not judged (segmentation may merge copies).
    No 目录, or no row read: CANNOT_TELL.
    ## Params
    toc_types, page_pattern, skip_line_patterns, unlisted_types, max_evidence
    ## Example
    A 目录 listing 立案审批表 before 案件来源登记表 while the dossier binds them the other way round fails.
    """
    tocs = ctx.docs(*p.toc_types)
    if not tocs:
        return CheckResult.cannot_tell("案卷中没有卷内目录")
    toc = tocs[0]
    rows = parse_rows(ctx.text(toc), p)
    if not rows:
        return CheckResult.cannot_tell("未能从卷内目录读出文书条目")
    unlisted = {doc_type_of(t) for t in p.unlisted_types}
    docs = [d for d in ctx.dossier.documents if d.doc_type not in unlisted and d.doc_type != DocType.OTHER]
    failures: list[Evidence] = []
    row_types, doc_types = {r.doc_type for r in rows}, {d.doc_type for d in docs}
    for row in rows:
        if row.doc_type not in doc_types:
            failures.append(ctx.at(toc, row.start, row.end, note="目录列有此文书，卷内未见"))
    ocr = any(ctx.dossier.page(ref.page).source == "ocr" for ref in toc.pages)
    untitled = len(TOC_UNTITLED_ROW.findall(ctx.text(toc))) if ocr else 0
    missing = [d for d in docs if d.doc_type not in row_types]
    # a scanned 目录 with rows whose title OCR lost: the documents not found in it may be those rows
    unsure = bool(missing) and len(missing) <= untitled
    if not unsure:
        failures += [ctx.whole(doc, note="卷内有此文书，目录未列") for doc in missing]
    pairs: list[tuple[Row, Document]] = []
    for t in row_types & doc_types:
        pairs += zip([r for r in rows if r.doc_type == t], [d for d in docs if d.doc_type == t], strict=False)
    pairs.sort(key=lambda pair: pair[0].start)
    order = {d.id: n for n, d in enumerate(docs)}
    furthest = -1
    for row, doc in pairs:
        if order[doc.id] < furthest:
            failures.append(ctx.at(toc, row.start, row.end, note="目录排列顺序与卷内文书顺序不一致"))
        furthest = max(furthest, order[doc.id])
    paged = [] if ocr else [(row, doc) for row, doc in pairs if row.page is not None]  # OCR misreads table digits
    if len(paged) >= 2:
        offset = Counter(doc.page_start - row.page for row, doc in paged).most_common(1)[0][0]  # type: ignore[operator]
        for row, doc in paged:
            if doc.page_start - row.page != offset:  # type: ignore[operator]
                actual = doc.page_start - offset
                failures.append(ctx.at(toc, row.start, row.end, note=f"目录页号{row.page}，实际为第{actual}页"))
    if unsure and not failures:
        return CheckResult.cannot_tell(
            f"扫描的卷内目录有{untitled}行文件名称未能识别，无法判断{'、'.join(d.title for d in missing)}是否列入目录",
            [ctx.whole(toc)],
        )
    if failures:
        failures.sort(key=lambda e: (e.page or 0, e.prov.span[0] if e.prov else 0))
        return CheckResult.fail(failures[: p.max_evidence], count=str(len(failures)), quote=failures[0].quote)
    return CheckResult.ok([ctx.whole(toc)], count=str(len(rows)))
