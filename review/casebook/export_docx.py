"""典型案例 as a DOCX training handout: one case, or a 汇编 of many with a cover page and a 目录.

Layout: A4; 黑体 headings, 仿宋 body (``w:eastAsia`` on every run so Word, WPS and LibreOffice pick the CJK font;
a PDF made by LibreOffice maps 仿宋/宋体/楷体 to Noto Serif CJK SC and 黑体 to Noto Sans CJK SC), Times New Roman for
Latin text and digits. Each case starts on a new page: 案例N and its title, a line of tags, then 【基本案情】
【存在问题】 (【案卷亮点】 for an exemplary file) with the page quote in a shaded, bordered box, 【评查依据】
【规范做法】 (the corrected wording boxed beside the original when it is a rewrite) and 【评析】. The 目录 lists every
case with its page (PAGEREF fields to bookmarks: LibreOffice fills them when it lays the pages out; Word on F9 or
print). Running header with the handout's title, page numbers "— N —" in the footer; the cover has neither."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

import cn2an
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from review.casebook.model import CaseEntry, CaseKind
from review.export.docx_report import a4_portrait, normal_font

BODY_FONT = "仿宋"
HEADING_FONT = "黑体"
QUOTE_FONT = "楷体"
TITLE_FONT = "宋体"
LATIN_FONT = "Times New Roman"
BODY_SIZE = 14  # 四号
SMALL = 10.5  # 五号
LINE = Pt(26)
GREY = RGBColor(0x59, 0x59, 0x59)
QUOTE_FILL = "F2F2F2"
FIXED_FILL = "EEF5EC"
DEFAULT_TITLE = "{year}年度行政执法案卷评查典型案例汇编"
HEADER_TEXT = "行政执法案卷评查典型案例"

REWRITE = re.compile(r"^“(?P<text>.+)”(?:（(?P<note>[^“”]*)）)?$")


def rewrites(corrected: str) -> tuple[list[str], str] | None:
    """The rewritten sentences and the note of a corrected wording "应写作：“A”\n“B”（note）"; None when the text
    is not of that form (a trainer's edit, a rule's 规范做法)."""
    text = corrected.strip()
    if not text.startswith("应写作："):
        return None
    lines, note = [], ""
    for raw in text.removeprefix("应写作：").split("\n"):
        m = REWRITE.match(raw.strip())
        if m is None:
            return None
        lines.append(m.group("text"))
        note = m.group("note") or note
    return lines, note


# -- runs and paragraphs ----------------------------------------------------------------------------------------------
def set_font(run, name: str = BODY_FONT, size: float = BODY_SIZE, bold: bool = False, color: RGBColor | None = None):
    run.font.name = LATIN_FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), LATIN_FONT)
    rfonts.set(qn("w:hAnsi"), LATIN_FONT)
    rfonts.set(qn("w:eastAsia"), name)
    return run


def _para(
    doc_or_cell,
    text: str = "",
    font: str = BODY_FONT,
    size: float = BODY_SIZE,
    bold: bool = False,
    align=None,
    indent: bool = False,
    color: RGBColor | None = None,
):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def _spacing(p, before: float = 0, after: float = 0, line: Pt | None = None) -> None:
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if line is not None:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = line


def _box(p, fill: str, color: str = "808080") -> None:
    """A border on all four sides and a shaded background; consecutive boxed paragraphs form one box."""
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:space"), "6")
        el.set(qn("w:color"), color)
        bdr.append(el)
    ppr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)
    p.paragraph_format.left_indent = Cm(0.3)
    p.paragraph_format.right_indent = Cm(0.3)


def _field(run, instr: str, cached: str) -> None:
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", cached), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def _bookmark(p, name: str, bid: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bid))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bid))
    p._p.insert(1 if p._p.pPr is not None else 0, start)
    p._p.append(end)


def _page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# -- the document -----------------------------------------------------------------------------------------------------
def _setup(doc) -> None:
    section = doc.sections[0]
    a4_portrait(section, top=2.8, bottom=2.6, left=2.6, right=2.4)
    section.header_distance, section.footer_distance = Cm(1.5), Cm(1.5)
    normal = normal_font(doc, BODY_FONT, BODY_SIZE, latin=LATIN_FONT)
    fmt = normal.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = LINE


def _header_footer(section, title: str) -> None:
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run(title), BODY_FONT, 9, color=GREY)
    ppr = hp._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "808080")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), TITLE_FONT, 12)
    run = set_font(fp.add_run(), TITLE_FONT, 12)
    _field(run, "PAGE", "1")
    set_font(fp.add_run(" —"), TITLE_FONT, 12)


def _cover(doc, title: str, org: str, date: str, count: int) -> None:
    _para(doc, "内部培训资料", BODY_FONT, 12, color=GREY)
    head, sep, tail = title.rpartition("典型案例")
    lines = [head, sep + tail] if head and len(title) > 14 else [title]
    p = _para(doc, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, line in enumerate(lines):
        run = set_font(p.add_run(line), HEADING_FONT, 26, True)
        if i < len(lines) - 1:
            run.add_break()
    _spacing(p, before=170, line=Pt(44))
    p = _para(doc, f"（共{count}个案例）", BODY_FONT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _spacing(p, before=18, line=Pt(30))
    p = _para(doc, org or " ", BODY_FONT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _spacing(p, before=250, line=Pt(30))
    p = _para(doc, date, BODY_FONT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _spacing(p, line=Pt(30))
    p = _para(
        doc,
        "案例均由评查结果整理，当事人等信息已作匿名化处理",
        BODY_FONT,
        SMALL,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        color=GREY,
    )
    _spacing(p, before=18, line=Pt(18))


def case_number(n: int) -> str:
    return f"案例{cn2an.an2cn(n)}"


def _toc(doc, entries: Sequence[CaseEntry]) -> None:
    p = _para(doc, "目　　录", HEADING_FONT, 18, align=WD_ALIGN_PARAGRAPH.CENTER)
    _spacing(p, after=18, line=Pt(36))
    width = Cm(21 - 2.6 - 2.4)
    groups = [(CaseKind.NEGATIVE, "一、典型问题案例"), (CaseKind.POSITIVE, "二、优秀案卷评析")]
    numbered = list(enumerate(entries, 1))
    several = len({e.kind for e in entries}) > 1
    for kind, label in groups:
        items = [(n, e) for n, e in numbered if e.kind == kind]
        if not items:
            continue
        if several:
            p = _para(doc, label, HEADING_FONT, 14)
            _spacing(p, before=6, after=4)
        for n, e in items:
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            p.paragraph_format.left_indent = Cm(1.9)
            p.paragraph_format.first_line_indent = Cm(-1.9)
            _spacing(p, after=4, line=Pt(24))
            set_font(p.add_run(f"{case_number(n)}　"), HEADING_FONT, 12)
            set_font(p.add_run(e.title), BODY_FONT, 12)
            set_font(p.add_run("\t"), BODY_FONT, 12)
            _field(set_font(p.add_run(), LATIN_FONT, 12), f"PAGEREF case{n} \\h", str(n + 2))


def _heading(doc, text: str) -> None:
    p = _para(doc, text, HEADING_FONT, 14)
    p.paragraph_format.keep_with_next = True
    _spacing(p, before=10, after=2, line=LINE)


def _body(doc, text: str) -> None:
    for line in (x.strip() for x in text.split("\n")):
        if line:
            p = _para(doc, line, BODY_FONT, BODY_SIZE, indent=True)
            _spacing(p, line=LINE)


def _boxed(doc, caption: str, lines: list[str], fill: str) -> None:
    p = _para(doc, caption, HEADING_FONT, SMALL)
    _spacing(p, before=4, after=0, line=Pt(20))
    _box(p, fill)
    p.paragraph_format.keep_with_next = True
    for line in lines:
        q = _para(doc, line, QUOTE_FONT, 12)
        _spacing(q, after=0, line=Pt(22))
        _box(q, fill)
    tail = doc.add_paragraph()
    _spacing(tail, line=Pt(8))


def _meta(entry: CaseEntry) -> str:
    parts = [
        ("执法领域", entry.field),
        ("问题类别", entry.category if entry.kind == CaseKind.NEGATIVE else ""),
        ("评查项", entry.rule_id if entry.kind == CaseKind.NEGATIVE else ""),
        ("年度", str(entry.year)),
    ]
    text = "　".join(f"{k}：{v}" for k, v in parts if v)
    shown = {entry.field, entry.category, str(entry.year)}
    extra = [t for t in entry.tags if t not in shown and not (t and entry.rule_id.endswith(t))]
    return text + (f"　标签：{'、'.join(extra)}" if extra else "")


def _case(doc, entry: CaseEntry, n: int | None, bid: int) -> None:
    label = f"{case_number(n)}　" if n is not None else ""
    main, _, sub = entry.title.partition("——")
    p = _para(doc, f"{label}{main}", HEADING_FONT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _spacing(p, after=2, line=Pt(30))
    p.paragraph_format.keep_with_next = True
    if n is not None:
        _bookmark(p, f"case{n}", bid)
    if sub:
        p = _para(doc, f"——{sub}", BODY_FONT, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
        _spacing(p, after=2, line=Pt(24))
        p.paragraph_format.keep_with_next = True
    p = _para(doc, _meta(entry), BODY_FONT, SMALL, align=WD_ALIGN_PARAGRAPH.CENTER, color=GREY)
    _spacing(p, after=8, line=Pt(18))
    _heading(doc, "【基本案情】")
    _body(doc, entry.summary)
    _heading(doc, "【案卷亮点】" if entry.kind == CaseKind.POSITIVE else "【存在问题】")
    _body(doc, entry.defect)
    if entry.quote.strip():
        caption = "原文摘录" + (f"（{entry.page_ref}）" if entry.page_ref else "")
        _boxed(doc, caption, [x for x in entry.quote.split("\n") if x.strip()], QUOTE_FILL)
    _heading(doc, "【评查依据】")
    basis = entry.legal_basis or entry.rule_title
    _body(doc, basis)
    _heading(doc, "【规范做法】")
    rewritten = rewrites(entry.corrected)
    if rewritten is not None:
        lines, note = rewritten
        _boxed(doc, "规范写法" + (f"（{note}）" if note else ""), lines, FIXED_FILL)
    else:
        _body(doc, entry.corrected or "（待补充）")
    _heading(doc, "【评析】")
    _body(doc, entry.commentary or "（待补充）")


def default_title(entries: Sequence[CaseEntry]) -> str:
    year = max((e.year for e in entries), default=dt.date.today().year)
    return DEFAULT_TITLE.format(year=year)


def build_docx(entries: Sequence[CaseEntry], title: str | None = None, org: str = "", date: str | None = None):
    """One case (no cover) or a 汇编 (cover, 目录, one case per page run)."""
    if not entries:
        raise ValueError("没有要导出的典型案例")
    doc = Document()
    _setup(doc)
    today = dt.date.today()
    date = date or f"{today.year}年{today.month}月"
    if len(entries) == 1:
        _header_footer(doc.sections[0], title or HEADER_TEXT)
        _case(doc, entries[0], None, 0)
        return doc
    title = title or default_title(entries)
    update = OxmlElement("w:updateFields")  # Word refreshes the 目录's page numbers on opening
    update.set(qn("w:val"), "true")
    doc.settings.element.append(update)
    _cover(doc, title, org, date, len(entries))
    doc.add_section(WD_SECTION.NEW_PAGE)
    cover, body = doc.sections[0], doc.sections[1]
    _header_footer(body, title)
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "1")
    body._sectPr.append(pg)
    # the cover's own header and footer stay empty
    cover.header.is_linked_to_previous = False
    cover.footer.is_linked_to_previous = False
    _toc(doc, entries)
    for n, entry in enumerate(entries, 1):
        _page_break(doc)
        _case(doc, entry, n, n)
    return doc


def docx_bytes(entries: Sequence[CaseEntry], title: str | None = None, org: str = "", date: str | None = None) -> bytes:
    buf = BytesIO()
    build_docx(entries, title, org, date).save(buf)
    return buf.getvalue()


def write_docx(entries: Sequence[CaseEntry], path: Path, title: str | None = None, org: str = "") -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(docx_bytes(entries, title, org))
    tmp.replace(path)
