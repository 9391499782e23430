"""An anonymised dossier written out: TXT (documents in order, page markers), DOCX (one heading per document, the
page text, CJK fonts as review/export/docx_report.py) or JSON (pages with their anonymised text and the summary).

Nothing here sees the originals: an ``AnonymizedDossier`` carries only replaced text, and its mapping is excluded from
every dump. Files are written to a temporary name and moved into place.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt, RGBColor

from review.export.docx_report import BODY_FONT, TITLE_FONT, a4_portrait, normal_font, set_font

from .model import AnonDocument, AnonymizedDossier, AnonymizeError, Kind

SCHEMA = "anjuan.anonymized/1"
STYLE_NAMES = {"mouyou": "某某", "jiayi": "甲乙丙", "stars": "***"}
KIND_NAMES = {
    Kind.PERSON: "人名", Kind.COMPANY: "单位名称", Kind.CREDIT_CODE: "统一社会信用代码", Kind.ID_NUMBER: "身份证号",
    Kind.PHONE: "电话", Kind.ADDRESS: "地址", Kind.PLATE: "车牌号", Kind.BANK_ACCOUNT: "银行账号",
    Kind.CERT_NO: "执法证号", Kind.EMAIL: "电子邮箱", Kind.ACCOUNT: "网络账号",
}  # fmt: skip
SUFFIXES = (".docx", ".txt", ".json")


def summary(anon: AnonymizedDossier) -> dict:
    """What was replaced: entities per kind (``replaced``) and occurrences per kind; no value, no mapping."""
    return {
        "replaced": dict(anon.replaced),
        "occurrences": dict(anon.occurrences),
        "style": anon.style.value,
        "keep_officers": anon.keep_officers,
        "pages": len(anon.pages),
        "documents": len(anon.documents),
    }


def _summary_line(anon: AnonymizedDossier) -> str:
    parts = [f"{KIND_NAMES[kind]}{anon.replaced[kind.value]}项" for kind in Kind if kind.value in anon.replaced]
    kept = "，执法人员姓名保留" if anon.keep_officers else ""
    return f"脱敏方式：{STYLE_NAMES[anon.style.value]}；已替换：{'、'.join(parts) or '无'}{kept}。"


def _starting(anon: AnonymizedDossier) -> dict[int, list[AnonDocument]]:
    by_page: dict[int, list[AnonDocument]] = {}
    for doc in anon.documents:
        by_page.setdefault(doc.page_start, []).append(doc)
    return by_page


def _doc_heading(doc: AnonDocument) -> str:
    pages = f"第{doc.page_start}页" if doc.page_start == doc.page_end else f"第{doc.page_start}–{doc.page_end}页"
    return f"{doc.title}（{doc.doc_type}，{pages}）"


def to_text(anon: AnonymizedDossier) -> str:
    lines = ["案卷文本（已脱敏）", _summary_line(anon), ""]
    starting = _starting(anon)
    for page in anon.pages:
        for doc in starting.get(page.number, []):
            lines += [f"==== {_doc_heading(doc)} ====", ""]
        lines.append(f"---- 第{page.number}页（{page.file}） ----")
        lines.append(page.text.rstrip("\n"))
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def to_json(anon: AnonymizedDossier) -> dict:
    return {
        "schema": SCHEMA,
        "summary": summary(anon),
        "documents": [d.model_dump(mode="json") for d in anon.documents],
        "pages": [p.model_dump(mode="json") for p in anon.pages],
    }


def _setup(doc) -> None:
    """A4 portrait, 宋体 for East Asian text in the Normal style (as review/export/docx_report.py)."""
    a4_portrait(doc.sections[0], top=2, bottom=2, left=2, right=2)
    normal_font(doc, BODY_FONT, 10.5)


def build_docx(anon: AnonymizedDossier):
    doc = Document()
    _setup(doc)
    title = doc.add_paragraph()
    set_font(title.add_run("案卷文本（已脱敏）"), TITLE_FONT, 16, bold=True)
    set_font(doc.add_paragraph().add_run(_summary_line(anon)), BODY_FONT, 9)
    starting = _starting(anon)
    for page in anon.pages:
        for d in starting.get(page.number, []):
            heading = doc.add_heading(level=1)
            set_font(heading.add_run(_doc_heading(d)), TITLE_FONT, 13, bold=True)
        marker = doc.add_paragraph().add_run(f"第{page.number}页（{page.file}）")
        set_font(marker, BODY_FONT, 8)
        marker.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        for line in page.text.rstrip("\n").split("\n"):
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            set_font(p.add_run(line), BODY_FONT, 10.5)
        if page is not anon.pages[-1]:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    return doc


def _write(path: Path, writer: Callable[[Path], None]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    writer(tmp)
    tmp.replace(path)


def write(anon: AnonymizedDossier, path: Path) -> None:
    """Write ``anon`` to ``path`` in the format its suffix names (.docx / .txt / .json)."""
    suffix = path.suffix.lower()
    if suffix == ".txt":
        _write(path, lambda p: p.write_text(to_text(anon), encoding="utf-8"))
    elif suffix == ".json":
        text = json.dumps(to_json(anon), ensure_ascii=False, indent=2) + "\n"
        _write(path, lambda p: p.write_text(text, encoding="utf-8"))
    elif suffix == ".docx":
        _write(path, lambda p: build_docx(anon).save(str(p)))
    else:
        raise AnonymizeError(f"{path.name}: 输出文件须为 .docx、.txt 或 .json")
