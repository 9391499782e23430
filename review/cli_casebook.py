"""The ``anjuan casebook add/picks/list/show/edit/delete/export`` commands: 典型案例 drafted from reviews and campaigns,
searched, edited, and exported as a DOCX (or PDF) training handout — one case or a 汇编."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from review.cli import OutFormat, casebook_app, fail, write_out

if TYPE_CHECKING:
    from review.casebook.model import CaseEntry
    from review.casebook.store import Casebook

DbOpt = Annotated[
    str | None, typer.Option("--db", help="数据库：SQLAlchemy URL 或文件路径（默认 $ANJUAN_DB 或用户数据目录）")
]
FormatOpt = Annotated[OutFormat, typer.Option("--format", help="md（表格）或 json")]


@contextmanager
def casebook(db: str | None) -> Iterator[Casebook]:
    """The casebook; every domain error ends the command with one line and exit code 2."""
    from sqlalchemy.exc import SQLAlchemyError

    from checklists.errors import PackError
    from review.campaign.model import CampaignError
    from review.casebook.model import CasebookError
    from review.casebook.store import Casebook
    from review.storage.db import database_url
    from review.workspace import WorkspaceError

    try:
        book = Casebook(db)
    except (SQLAlchemyError, OSError, ValueError) as err:
        fail(f"无法打开数据库 {database_url(db)}：{err.__class__.__name__}")
    try:
        yield book
    except (CasebookError, CampaignError, WorkspaceError) as err:
        fail(str(err))
    except PackError as err:
        fail(err.message)
    finally:
        book.close()


def _kind(value: str | None):  # -> CaseKind | None
    from review.casebook.model import CaseKind

    if value is None:
        return None
    try:
        return CaseKind(value)
    except ValueError:
        fail(f"--kind 应为 反面 或 正面：{value}")
    raise AssertionError("unreachable")


def _split(values: list[str] | None) -> tuple[str, ...]:
    return tuple(x.strip() for v in values or () for x in v.replace("，", ",").split(",") if x.strip())


def entry_json(e: CaseEntry) -> dict[str, Any]:
    data = e.model_dump(mode="json")
    if e.deduction is not None:
        data["deduction"] = float(e.deduction) if e.deduction != e.deduction.to_integral() else int(e.deduction)
    return data


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def list_markdown(entries: list[CaseEntry]) -> str:
    if not entries:
        return "没有符合条件的典型案例。\n"
    rows = ["| 编号 | 类型 | 执法领域 | 问题类别 | 年度 | 状态 | 标题 |", "|---|---|---|---|---|---|---|"]
    for e in entries:
        rows.append(
            f"| {e.id} | {e.kind.value} | {e.field} | {_cell(e.category)} | {e.year} | {e.status.value} | "
            f"{_cell(e.title)} |"
        )
    return "\n".join(rows) + f"\n\n共 {len(entries)} 条。\n"


def show_markdown(e: CaseEntry) -> str:
    head = "【案卷亮点】" if e.kind.value == "正面" else "【存在问题】"
    lines = [
        f"# {e.title}",
        "",
        f"编号 {e.id} · {e.kind.value} · {e.field or '—'} · {e.category or '—'} · {e.year} · {e.status.value}"
        + (f" · 标签：{'、'.join(e.tags)}" if e.tags else ""),
        f"来源：{e.source.label or '—'}",
        "",
        "【基本案情】",
        e.summary,
        "",
        head,
        e.defect,
    ]
    if e.quote:
        lines += ["", f"> 原文摘录（{e.page_ref}）" if e.page_ref else "> 原文摘录"]
        lines += [f"> {x}" for x in e.quote.split("\n")]
    lines += [
        "",
        "【评查依据】",
        e.legal_basis or e.rule_title,
        "",
        "【规范做法】",
        e.corrected,
        "",
        "【评析】",
        e.commentary,
    ]
    return "\n".join(lines) + "\n"


def _report_added(entries: list[CaseEntry]) -> None:
    typer.echo(f"已起草 {len(entries)} 条典型案例（草稿）", err=True)
    for e in entries:
        typer.echo(str(e.id))


# -- add ----------------------------------------------------------------------------------------------------------
@casebook_app.command("add")
def add(
    review: Annotated[int | None, typer.Option("--review", help="评查记录编号：从该次评查的扣分项起草")] = None,
    rules: Annotated[
        list[str] | None,
        typer.Option("--rules", help="只起草这些评查项（逗号分隔，如 PG-D05,PG-H01；用语问题写 W005）；默认全部扣分项"),
    ] = None,
    kind: Annotated[str, typer.Option("--kind", help="反面（典型问题）或 正面（优秀案卷评析）")] = "反面",
    campaign: Annotated[str | None, typer.Option("--campaign", help="评查活动编号（与 --picks 一起用）")] = None,
    picks: Annotated[bool, typer.Option("--picks", help="从评查活动的优秀、不合格案卷和高频问题起草")] = False,
    top: Annotated[int, typer.Option("--top", min=0, help="高频问题取前几项")] = 5,
    tags: Annotated[list[str] | None, typer.Option("--tag", help="另加标签（可重复或逗号分隔）")] = None,
    db: DbOpt = None,
) -> None:
    """起草典型案例（匿名化），存入案例库，输出新案例的编号（每行一个）。"""
    if (review is None) == (campaign is None):
        fail("请给出 --review ID，或 --campaign ID --picks")
    if campaign is not None and not picks:
        fail("--campaign 需要与 --picks 一起使用（先用 casebook picks 查看候选）")
    case_kind = _kind(kind)
    extra = _split(tags)
    with casebook(db) as book:
        if review is not None:
            from review.casebook.draft import draft_for_review

            drafts = draft_for_review(book.store, review, _split(rules) or None, case_kind)
        else:
            from review.campaign.store import CampaignStore
            from review.casebook.picks import candidates, draft_candidate

            assert campaign is not None
            snap = CampaignStore(store=book.store).snapshot(campaign)
            chosen = candidates(snap, top=top)
            if not chosen:
                fail(f"评查活动 {campaign} 还没有可供选取的结果（先完成机器初评或复核）")
            drafts = ()
            seen: set[tuple[str, str]] = set()
            for c in chosen:
                rules_left = tuple(r for r in c.rule_ids if (c.dossier_id, r) not in seen)
                if c.rule_ids and not rules_left:
                    continue
                seen.update((c.dossier_id, r) for r in rules_left)
                drafts += draft_candidate(book.store, c.model_copy(update={"rule_ids": rules_left}), snap)
        if extra:
            drafts = tuple(d.model_copy(update={"tags": tuple(dict.fromkeys(d.tags + extra))}) for d in drafts)
        _report_added(book.add_many(drafts))


@casebook_app.command("picks")
def picks_cmd(
    campaign: Annotated[str, typer.Argument(help="评查活动编号")],
    top: Annotated[int, typer.Option("--top", min=0, help="高频问题取前几项")] = 5,
    fmt: FormatOpt = OutFormat.md,
    db: DbOpt = None,
) -> None:
    """列出评查活动中可作典型案例的候选：优秀案卷、不合格案卷、高频问题。"""
    from review.campaign.store import CampaignStore
    from review.casebook.picks import candidates

    with casebook(db) as book:
        chosen = candidates(CampaignStore(store=book.store).snapshot(campaign), top=top)
    if fmt == OutFormat.json:
        write_out(json.dumps([c.model_dump(mode="json") for c in chosen], ensure_ascii=False, indent=2) + "\n", None)
        return
    if not chosen:
        write_out("没有候选案卷。\n", None)
        return
    rows = ["| 类型 | 理由 | 单位 | 案卷 | 案件名称 | 得分 | 评查项 |", "|---|---|---|---|---|---|---|"]
    for c in chosen:
        score = f"{c.score.normalize():f}" if isinstance(c.score, Decimal) else ""
        rows.append(
            f"| {c.kind.value} | {_cell(c.reason)} | {_cell(c.unit)} | {c.dossier_id} | {_cell(c.case_name)} | "
            f"{score} | {'、'.join(c.rule_ids)} |"
        )
    write_out("\n".join(rows) + "\n", None)


# -- list / show --------------------------------------------------------------------------------------------------
def _query(
    query: str,
    tags: list[str] | None,
    year: int | None,
    category: str | None,
    kind: str | None,
    field: str | None,
    status: str | None,
    campaign: str | None,
):  # -> CaseQuery
    from review.casebook.model import CaseQuery, CaseStatus

    st = None
    if status is not None:
        try:
            st = CaseStatus(status)
        except ValueError:
            fail(f"--status 应为 草稿 或 定稿：{status}")
    return CaseQuery(
        text=query,
        tags=_split(tags),
        year=year,
        category=category,
        kind=_kind(kind),
        field=field,
        status=st,
        campaign_id=campaign,
    )


QueryOpt = Annotated[
    str, typer.Option("--query", "-q", help="全文检索（标题、案情、问题、依据、原文、规范做法、评析）")
]
TagOpt = Annotated[list[str] | None, typer.Option("--tag", help="标签（可重复；须全部具备）")]
YearOpt = Annotated[int | None, typer.Option("--year", help="年度")]
CategoryOpt = Annotated[str | None, typer.Option("--category", help="问题类别，如 程序、文书、法律适用")]
KindOpt = Annotated[str | None, typer.Option("--kind", help="反面 或 正面")]
FieldOpt = Annotated[str | None, typer.Option("--field", help="执法领域，如 市场监管、生态环境")]
StatusOpt = Annotated[str | None, typer.Option("--status", help="草稿 或 定稿")]
CampaignOpt = Annotated[str | None, typer.Option("--campaign", help="只看从该评查活动起草的")]


@casebook_app.command("list")
def list_cmd(
    query: QueryOpt = "",
    tags: TagOpt = None,
    year: YearOpt = None,
    category: CategoryOpt = None,
    kind: KindOpt = None,
    field: FieldOpt = None,
    status: StatusOpt = None,
    campaign: CampaignOpt = None,
    fmt: FormatOpt = OutFormat.md,
    db: DbOpt = None,
) -> None:
    """检索案例库。"""
    q = _query(query, tags, year, category, kind, field, status, campaign)
    with casebook(db) as book:
        found = book.search(q)
    if fmt == OutFormat.json:
        write_out(json.dumps([entry_json(e) for e in found], ensure_ascii=False, indent=2) + "\n", None)
    else:
        write_out(list_markdown(found), None)


@casebook_app.command("show")
def show(
    entry_id: Annotated[int, typer.Argument(help="案例编号")],
    fmt: FormatOpt = OutFormat.md,
    db: DbOpt = None,
) -> None:
    """显示一条典型案例的全文。"""
    with casebook(db) as book:
        e = book.get(entry_id)
    if fmt == OutFormat.json:
        write_out(json.dumps(entry_json(e), ensure_ascii=False, indent=2) + "\n", None)
    else:
        write_out(show_markdown(e), None)


# -- edit / delete ------------------------------------------------------------------------------------------------
def _text(value: str | None) -> str | None:
    """A value, or the contents of a file given as @PATH (for long texts)."""
    if value is None or not value.startswith("@"):
        return value
    path = Path(value[1:])
    try:
        return path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as err:
        fail(f"{path}: 无法读取（{getattr(err, 'strerror', None) or err.__class__.__name__}）")
    raise AssertionError("unreachable")


@casebook_app.command("edit")
def edit(
    entry_id: Annotated[int, typer.Argument(help="案例编号")],
    title: Annotated[str | None, typer.Option("--title", help="标题（@文件 读入文件内容，下同）")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="反面 或 正面")] = None,
    field: Annotated[str | None, typer.Option("--field", help="执法领域")] = None,
    category: Annotated[str | None, typer.Option("--category", help="问题类别")] = None,
    year: Annotated[int | None, typer.Option("--year", help="年度")] = None,
    tags: Annotated[list[str] | None, typer.Option("--tags", help="标签（逗号分隔，替换原有标签）")] = None,
    summary: Annotated[str | None, typer.Option("--summary", help="基本案情")] = None,
    defect: Annotated[str | None, typer.Option("--defect", help="存在问题（正面案例：案卷亮点）")] = None,
    legal_basis: Annotated[str | None, typer.Option("--legal-basis", help="评查依据")] = None,
    quote: Annotated[str | None, typer.Option("--quote", help="原文摘录")] = None,
    page_ref: Annotated[str | None, typer.Option("--page-ref", help="原文所在文书和页码")] = None,
    corrected: Annotated[str | None, typer.Option("--corrected", help="规范做法")] = None,
    commentary: Annotated[str | None, typer.Option("--commentary", help="评析")] = None,
    status: Annotated[str | None, typer.Option("--status", help="草稿 或 定稿")] = None,
    db: DbOpt = None,
) -> None:
    """修改一条典型案例（只改给出的字段），输出修改后的全文。"""
    changes: dict[str, Any] = {
        k: v
        for k, v in {
            "title": _text(title),
            "kind": kind,
            "field": field,
            "category": category,
            "year": year,
            "summary": _text(summary),
            "defect": _text(defect),
            "legal_basis": _text(legal_basis),
            "quote": _text(quote),
            "page_ref": page_ref,
            "corrected": _text(corrected),
            "commentary": _text(commentary),
            "status": status,
        }.items()
        if v is not None
    }
    if tags is not None:
        changes["tags"] = _split(tags)
    if not changes:
        fail("没有要修改的字段（如 --title、--summary、--corrected、--status 定稿）")
    with casebook(db) as book:
        e = book.update(entry_id, **changes)
    write_out(show_markdown(e), None)


@casebook_app.command("delete")
def delete(entry_id: Annotated[int, typer.Argument(help="案例编号")], db: DbOpt = None) -> None:
    """从案例库删除一条典型案例。"""
    with casebook(db) as book:
        book.delete(entry_id)
    typer.echo(f"已删除典型案例 {entry_id}", err=True)


# -- export -------------------------------------------------------------------------------------------------------
@casebook_app.command("export")
def export(
    ids: Annotated[list[int] | None, typer.Argument(help="案例编号（按给出的顺序排列）")] = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="OUT.docx，或 OUT.pdf（经 LibreOffice 转换）")] = Path(
        "典型案例汇编.docx"
    ),
    all_: Annotated[
        bool, typer.Option("--all", help="导出检索到的全部案例（可与 --query/--tag/--year 等合用）")
    ] = False,
    title: Annotated[
        str | None, typer.Option("--title", help="汇编标题（默认“某年度行政执法案卷评查典型案例汇编”）")
    ] = None,
    org: Annotated[str, typer.Option("--org", help="封面落款单位")] = "",
    query: QueryOpt = "",
    tags: TagOpt = None,
    year: YearOpt = None,
    category: CategoryOpt = None,
    kind: KindOpt = None,
    field: FieldOpt = None,
    status: StatusOpt = None,
    campaign: CampaignOpt = None,
    db: DbOpt = None,
) -> None:
    """导出为培训讲义：一个编号导出单篇，多个编号或 --all 导出汇编（封面、目录、每案一节）。"""
    from review.casebook.export_docx import docx_bytes

    if bool(ids) == all_:
        fail("请给出案例编号，或使用 --all（可加 --query/--tag/--year 筛选）")
    suffix = output.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        fail(f"{output}: 输出文件应为 .docx 或 .pdf")
    with casebook(db) as book:
        if ids:
            entries = book.get_many(ids)
        else:
            entries = book.search(_query(query, tags, year, category, kind, field, status, campaign))
    if not entries:
        fail("没有符合条件的典型案例")
    data = docx_bytes(entries, title, org)
    if suffix == ".pdf":
        from review.export.pdf import PdfError, docx_to_pdf

        try:
            data = docx_to_pdf(data)
        except PdfError as err:
            fail(str(err))
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        tmp = output.with_name(output.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(output)
    except OSError as err:
        fail(f"{output}: 无法写入（{err.strerror or err}）")
    what = "单篇案例" if len(entries) == 1 else f"汇编（{len(entries)} 个案例）"
    typer.echo(f"已导出{what}：{output}", err=True)
