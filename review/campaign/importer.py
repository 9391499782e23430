"""Reading the lists a campaign starts from: the units' dossier list (单位, 文件, 文号, 案件名称, 程序) and the
reviewer list (姓名, 单位), as CSV (UTF-8, UTF-8 with BOM or GBK) or XLSX.

Every row is checked before anything is stored, and every bad row is named in one CampaignError (row numbers as
the spreadsheet shows them). A list's file is a path under the dossier folder: a PDF, DOCX, TXT, image or ZIP, or a
folder of such files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

from extractors.sources import walk_folder
from review.campaign.model import CampaignError, Model, Reviewer
from review.storage.intake import ALLOWED_SUFFIXES

#: canonical column → the headers accepted for it (compared without spaces, asterisks or bracketed notes)
DOSSIER_COLUMNS: dict[str, tuple[str, ...]] = {
    "单位": ("单位", "办案单位", "承办单位", "执法单位", "被评查单位", "执法机关", "行政机关", "单位名称", "机关"),
    "文件": ("文件", "文件路径", "路径", "案卷文件", "文件名", "案卷路径", "文件名称", "电子案卷"),
    "文号": ("文号", "案号", "决定书文号", "处罚决定书文号", "行政处罚决定书文号", "案件编号", "编号"),
    "案件名称": ("案件名称", "案卷名称", "案名", "案由", "案件", "案卷题名", "题名"),
    "程序": ("程序", "程序类型", "办案程序", "适用程序", "案件类型"),
}
REVIEWER_COLUMNS: dict[str, tuple[str, ...]] = {
    "姓名": ("姓名", "评查人", "评查人员", "评查员", "名字", "人员", "评查人姓名"),
    "单位": ("单位", "所在单位", "工作单位", "派出单位", "单位名称", "推荐单位"),
}
HEADER_SEARCH_ROWS = 10  # a title row or two above the header is common in real spreadsheets
SHOW_ERRORS = 8
MAX_UNIT, MAX_FILE, MAX_NAME = 200, 500, 100  # the columns' lengths (campaign_dossiers, campaign_reviewers)


class ListRow(Model):
    row: int  # as the spreadsheet shows it
    unit: str
    file: str  # relative to the dossier folder, with "/"
    case_number: str = ""
    case_name: str = ""
    procedure: str = ""


def _norm_header(text: str) -> str:
    text = re.sub(r"[（(][^）)]*[）)]", "", text)
    return re.sub(r"[\s*＊:：]", "", text)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _decode(data: bytes, path: Path) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CampaignError(f"{path.name}：无法识别文件编码（请存为 UTF-8 或 GBK 编码的 CSV）")


def _csv_rows(path: Path) -> list[tuple[int, list[str]]]:
    text = _decode(path.read_bytes(), path)
    first = text.split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    out = []
    for row in reader:
        out.append((reader.line_num, [c.strip() for c in row]))
    return out


def _xlsx_rows(path: Path) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many types for a damaged or mislabelled file
        raise CampaignError(f"{path.name}：无法读取 Excel 文件（{err.__class__.__name__}）") from err
    try:
        ws = wb.worksheets[0]
        return [(i, [_cell(v) for v in row]) for i, row in enumerate(ws.iter_rows(values_only=True), start=1)]
    finally:
        wb.close()


def read_table(path: Path, columns: dict[str, tuple[str, ...]], required: Sequence[str]) -> list[tuple[int, dict]]:
    """(row number, {canonical column: value}) for every non-empty row below the header."""
    if not path.is_file():
        raise CampaignError(f"找不到名单文件：{path}")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    elif suffix in (".csv", ".txt", ".tsv"):
        rows = _csv_rows(path)
    elif suffix == ".xls":
        raise CampaignError(f"{path.name}：不支持旧版 .xls，请另存为 .xlsx 或 .csv")
    else:
        raise CampaignError(f"{path.name}：名单应为 CSV 或 XLSX 文件")
    for pos, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        mapping = _header(cells, columns)
        if all(c in mapping.values() for c in required):
            data = []
            for number, row in rows[pos + 1 :]:
                if not any(row):
                    continue
                data.append((number, {col: row[i] if i < len(row) else "" for i, col in mapping.items()}))
            return data
    accepted = "；".join(f"{c}（或{'、'.join(columns[c][1:4])}）" for c in required)
    raise CampaignError(f"{path.name}：找不到表头，名单须有这些列：{accepted}")


def _header(cells: Sequence[str], columns: dict[str, tuple[str, ...]]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for i, cell in enumerate(cells):
        h = _norm_header(cell)
        for col, aliases in columns.items():
            if h in aliases and col not in mapping.values():
                mapping[i] = col
                break
    return mapping


def _errors(path: Path, bad: list[tuple[int, str]]) -> CampaignError:
    shown = "；".join(f"第{n}行{msg}" for n, msg in bad[:SHOW_ERRORS])
    more = f"；另有 {len(bad) - SHOW_ERRORS} 行有误" if len(bad) > SHOW_ERRORS else ""
    return CampaignError(f"{path.name} 有 {len(bad)} 行有误：{shown}{more}")


def relative_file(directory: Path, raw: str) -> tuple[str | None, str]:
    """(the path relative to ``directory`` with "/", or None) and what is wrong with it."""
    text = raw.strip().replace("\\", "/")
    if not text:
        return None, "未填写文件"
    root = directory.resolve()
    target = (root / text).resolve()
    if not target.is_relative_to(root):
        return None, f"文件“{raw}”不在案卷目录 {directory} 之内"
    rel = target.relative_to(root).as_posix()
    if rel == ".":
        return None, f"文件“{raw}”是案卷目录本身"
    if not target.exists():
        return None, f"找不到文件“{raw}”"
    if target.is_dir():
        found, _ = walk_folder(target)
        if not found:
            return None, f"文件夹“{raw}”中没有文件"
        return rel, ""
    if target.suffix.lower() not in ALLOWED_SUFFIXES:
        allowed = "、".join(s.lstrip(".").upper() for s in ALLOWED_SUFFIXES)
        return None, f"“{raw}”不是可读取的案卷文件（可用 {allowed} 或文件夹）"
    if target.stat().st_size == 0:
        return None, f"“{raw}”是空文件"
    return rel, ""


def read_dossier_list(path: Path, directory: Path) -> list[ListRow]:
    """The list's rows, every one checked; CampaignError naming every bad row."""
    if not directory.is_dir():
        raise CampaignError(f"找不到案卷目录：{directory}")
    rows = read_table(path, DOSSIER_COLUMNS, ("单位", "文件"))
    if not rows:
        raise CampaignError(f"{path.name}：名单中没有案卷")
    bad: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    out: list[ListRow] = []
    for number, cells in rows:
        problems = []
        unit = cells.get("单位", "")
        if not unit:
            problems.append("未填写单位")
        elif len(unit) > MAX_UNIT:
            problems.append(f"单位名称过长（{len(unit)} 字，最多 {MAX_UNIT} 字）")
        rel, why = relative_file(directory, cells.get("文件", ""))
        if rel is None:
            problems.append(why)
        elif len(rel) > MAX_FILE:
            problems.append(f"文件路径过长（{len(rel)} 字，最多 {MAX_FILE} 字）")
        elif rel in seen:
            problems.append(f"文件“{rel}”与第{seen[rel]}行重复")
        else:
            seen[rel] = number
        if problems:
            bad.append((number, "：" + "，".join(problems)))
            continue
        assert rel is not None
        out.append(
            ListRow(
                row=number,
                unit=unit,
                file=rel,
                case_number=cells.get("文号", ""),
                case_name=cells.get("案件名称", ""),
                procedure=cells.get("程序", ""),
            )
        )
    if bad:
        raise _errors(path, bad)
    return out


def dossier_files(directory: Path, rel: str) -> list[tuple[str, bytes]]:
    """The files to store for one list row: a folder's files with their names relative to it (natural order),
    else the one file (a ZIP stays one file) under its own name."""
    target = directory / rel
    if target.is_dir():
        found, _ = walk_folder(target)
        return [(name, p.read_bytes()) for name, p in found]
    return [(PurePosixPath(rel).name, target.read_bytes())]


def read_reviewer_list(path: Path) -> list[tuple[int, Reviewer]]:
    rows = read_table(path, REVIEWER_COLUMNS, ("姓名", "单位"))
    if not rows:
        raise CampaignError(f"{path.name}：名单中没有评查人")
    bad: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    out: list[tuple[int, Reviewer]] = []
    for number, cells in rows:
        name, unit = cells.get("姓名", ""), cells.get("单位", "")
        problems = [msg for ok, msg in ((name, "未填写姓名"), (unit, "未填写单位")) if not ok]
        if len(name) > MAX_NAME:
            problems.append(f"姓名过长（{len(name)} 字，最多 {MAX_NAME} 字）")
        if len(unit) > MAX_UNIT:
            problems.append(f"单位名称过长（{len(unit)} 字，最多 {MAX_UNIT} 字）")
        if name and name in seen:
            problems.append(f"评查人“{name}”与第{seen[name]}行重名（同名请加以区分，如“张伟（市场局）”）")
        if problems:
            bad.append((number, "：" + "，".join(problems)))
            continue
        seen[name] = number
        out.append((number, Reviewer(name=name, unit=unit)))
    if bad:
        raise _errors(path, bad)
    return out


def units_of(rows: Iterable[ListRow]) -> list[str]:
    return list(dict.fromkeys(r.unit for r in rows))
