"""The ``anjuan campaign create/list/import/reviewers/sample/assign/assignments/submit/reconcile/status`` commands."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from review.cli import OutFormat, campaign_app, fail, progress_bar, write_out

if TYPE_CHECKING:
    from review.campaign.model import CampaignSnapshot
    from review.campaign.store import CampaignStore

DbOpt = Annotated[
    str | None, typer.Option("--db", help="数据库：SQLAlchemy URL 或文件路径（默认 $ANJUAN_DB 或用户数据目录）")
]
CampaignArg = Annotated[str, typer.Argument(help="评查活动编号（campaign create 输出的编号）")]
FormatOpt = Annotated[OutFormat, typer.Option("--format", help="md（表格）或 json")]


@contextmanager
def campaigns(db: str | None) -> Iterator[CampaignStore]:
    """The campaign store; every domain error ends the command with one line and exit code 2."""
    from sqlalchemy.exc import SQLAlchemyError

    from checklists.errors import PackError
    from review.campaign.model import CampaignError
    from review.campaign.store import CampaignStore
    from review.storage.db import database_url
    from review.workspace import WorkspaceError

    try:
        cs = CampaignStore(db)
    except (SQLAlchemyError, OSError, ValueError) as err:
        fail(f"无法打开数据库 {database_url(db)}：{err.__class__.__name__}")
    try:
        yield cs
    except (CampaignError, WorkspaceError) as err:
        fail(str(err))
    except PackError as err:
        fail(err.message)
    except OSError as err:
        fail(f"{getattr(err, 'filename', None) or ''} 无法读取：{err.strerror or err.__class__.__name__}".strip())
    finally:
        cs.close()


def _num(value: Decimal | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _decimal(text: str, what: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        fail(f"{what}应为数字：{text}")
    if not value.is_finite():
        fail(f"{what}应为数字：{text}")
    return value


def _fmt(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f}"


# -- create / list ------------------------------------------------------------------------------------------------
@campaign_app.command("create")
def create(
    name: Annotated[str, typer.Argument(help="评查活动名称，如“2025年度行政处罚案卷评查”")],
    year: Annotated[int, typer.Option("--year", help="年度")],
    checklist: Annotated[
        str | None, typer.Option("--checklist", help="评查标准包 ID（不给出则按程序类型选择）")
    ] = None,
    profile: Annotated[str, typer.Option("--profile", help="地区配置：national、sichuan")] = "national",
    scope: Annotated[str, typer.Option("--scope", help="评查范围，如“2024年度已办结的行政处罚（一般程序）案卷”")] = "",
    threshold: Annotated[str, typer.Option("--threshold", help="两名初评人得分相差超过此分数即转复核")] = "5",
    per_dossier: Annotated[int, typer.Option("--per-dossier", help="每卷初评人数")] = 2,
    db: DbOpt = None,
) -> None:
    """创建评查活动，输出活动编号。"""
    value = _decimal(threshold, "复核阈值")
    with campaigns(db) as cs:
        cid = cs.create(name, year, checklist or "", profile, scope, value, per_dossier)
    typer.echo(cid)


@campaign_app.command("list")
def list_(db: DbOpt = None) -> None:
    """已有的评查活动（最新的在前）。"""
    with campaigns(db) as cs:
        infos = cs.campaigns()
        if not infos:
            typer.echo("还没有评查活动（anjuan campaign create 创建）")
            return
        for c in infos:
            n = cs.counts(c.id)
            typer.echo(
                f"{c.id}\t{c.name}\t{c.year}年\t{c.checklist or '按程序类型'}\t"
                f"案卷 {n['dossiers']}，抽查 {n['sampled']}，机器初评 {n['machine']}，"
                f"任务 {n['done']}/{n['assignments']}，定分 {n['finals']}"
            )


# -- import -------------------------------------------------------------------------------------------------------
@campaign_app.command("import")
def import_(
    campaign: CampaignArg,
    directory: Annotated[Path, typer.Argument(help="案卷目录：名单中的文件都在其下")],
    list_path: Annotated[
        Path, typer.Option("--list", help="案卷名单（CSV 或 XLSX）：单位, 文件, 文号, 案件名称, 程序")
    ],
    db: DbOpt = None,
) -> None:
    """导入各单位报送的案卷（重复导入同一名单不会重复添加）。"""
    with campaigns(db) as cs, progress_bar(sys.stderr.isatty()) as update:
        result = cs.import_dossiers(campaign, directory, list_path, update)
    skipped = f"，{result.skipped} 卷此前已导入" if result.skipped else ""
    typer.echo(f"导入 {result.added} 卷案卷（{len(result.units)} 个单位）{skipped}")


@campaign_app.command("reviewers")
def reviewers(
    campaign: CampaignArg,
    list_path: Annotated[Path, typer.Argument(help="评查人名单（CSV 或 XLSX）：姓名, 单位")],
    db: DbOpt = None,
) -> None:
    """导入评查人名单（同名评查人更新其单位）。"""
    with campaigns(db) as cs:
        r = cs.import_reviewers(campaign, list_path)
        total = len(cs.reviewers(campaign))
    typer.echo(f"新增评查人 {r.added} 名，更新 {r.updated} 名，未变 {r.unchanged} 名；共 {total} 名")


# -- 抽查 and assignment --------------------------------------------------------------------------------------------
@campaign_app.command("sample")
def sample(
    campaign: CampaignArg,
    seed: Annotated[int, typer.Option("--seed", help="随机种子（记入活动，便于复核抽取过程）")],
    all_: Annotated[bool, typer.Option("--all", help="全覆盖：评查全部案卷")] = False,
    ratio: Annotated[str | None, typer.Option("--ratio", help="每单位抽查比例，如 0.3")] = None,
    minimum: Annotated[int, typer.Option("--min", help="每单位至少抽查的卷数")] = 0,
    db: DbOpt = None,
) -> None:
    """随机抽查：每单位按比例向上取整（至少 --min 卷）或全覆盖。"""
    from review.campaign.model import SampleRule
    from review.campaign.sampling import describe

    if all_ == (ratio is not None):
        fail("请给出 --all 或 --ratio R 之一")
    rule = (
        SampleRule(mode="all")
        if all_
        else SampleRule(mode="ratio", ratio=_decimal(ratio or "", "抽查比例"), min=minimum)
    )
    with campaigns(db) as cs:
        result = cs.sample(campaign, rule, seed)
    typer.echo(f"抽查：{describe(rule)}，随机种子 {seed}")
    for u in result.units:
        typer.echo(f"{u.unit}\t报送 {u.submitted} 卷\t抽中 {u.selected} 卷")
    typer.echo(f"合计\t报送 {sum(u.submitted for u in result.units)} 卷\t抽中 {result.selected} 卷")


@campaign_app.command("assign")
def assign(
    campaign: CampaignArg,
    seed: Annotated[int, typer.Option("--seed", help="随机种子（记入活动）")],
    per_dossier: Annotated[int | None, typer.Option("--per-dossier", help="每卷初评人数（默认取活动设置，2）")] = None,
    db: DbOpt = None,
) -> None:
    """交叉评查分配：每卷 N 名非本单位评查人，工作量均衡。"""
    with campaigns(db) as cs:
        result = cs.assign(campaign, seed, per_dossier)
        people = cs.reviewers(campaign)
    typer.echo(f"分配初评任务 {result.created} 项（每卷 {result.per_dossier} 人），随机种子 {seed}")
    for r in people:
        typer.echo(f"{r.name}（{r.unit}）\t{result.loads.get(r.name, 0)} 项")


@campaign_app.command("assignments")
def assignments(
    campaign: CampaignArg,
    reviewer: Annotated[str | None, typer.Option("--reviewer", help="只列此评查人的任务")] = None,
    fmt: FormatOpt = OutFormat.md,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="写入文件")] = None,
    db: DbOpt = None,
) -> None:
    """分配表：案卷、单位、文号、评查人及其单位、阶段、状态。"""
    from review.campaign.model import SCHEMA

    with campaigns(db) as cs:
        lines = cs.assignments(campaign, reviewer)
    if fmt == OutFormat.json:
        data = {"schema": SCHEMA, "campaign": campaign, "assignments": [x.model_dump(mode="json") for x in lines]}
        write_out(json.dumps(data, ensure_ascii=False, indent=2) + "\n", output)
        return
    out = [
        "| 任务 | 案卷 | 文件 | 单位 | 文号 | 评查人 | 评查人单位 | 阶段 | 状态 |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for x in lines:
        status = "已提交" if x.status == "done" else "待评查"
        out.append(
            f"| {x.assignment_id} | {x.dossier_id} | {_cell(x.file)} | {_cell(x.unit)} | {_cell(x.case_number)} | "
            f"{_cell(x.reviewer)} | {_cell(x.reviewer_unit)} | {x.stage} | {status} |"
        )
    if not lines:
        out.append("| | （尚无评查任务） | | | | | | | |")
    write_out("\n".join(out) + "\n", output)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# -- submit / reconcile ---------------------------------------------------------------------------------------------
def _decisions(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as err:
        fail(f"{path}: 无法读取（{err.strerror or err}）")
    except json.JSONDecodeError as err:
        fail(f"{path}: 不是有效的 JSON（第{err.lineno}行第{err.colno}列）")
    if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
        fail(f'{path}: 应为决定列表，如 [{{"action": "reject", "target": "PG-A01"}}]')
    return data


def _decision(item: dict[str, Any], n: int, reviewer: str, ws) -> Any:  # -> Decision
    from review.workspace import CUSTOM_PREFIX, Action, Decision, now

    unknown = set(item) - {"action", "target", "points", "text", "category", "basis"}
    if unknown:
        fail(f"第{n}条决定：不认识的字段 {'、'.join(sorted(unknown))}")
    try:
        action = Action(str(item.get("action", "")).lower())
    except ValueError:
        fail(f"第{n}条决定：action 应为 {'、'.join(a.value for a in Action)} 之一")
    target = str(item.get("target") or "")
    if action == Action.ADD and (not target or target == CUSTOM_PREFIX or target.lower() == "new"):
        target = ws.next_custom_id()
    points = item.get("points")
    value = None if points is None else _decimal(str(points), f"第{n}条决定的扣分")
    return Decision(
        action=action,
        target=target,
        reviewer=reviewer,
        at=now(),
        points=value,
        text=str(item.get("text") or ""),
        category=item.get("category"),
        basis=str(item.get("basis") or ""),
    )


@campaign_app.command("submit")
def submit(
    campaign: CampaignArg,
    reviewer: Annotated[str, typer.Option("--reviewer", help="评查人姓名（须为分到该卷的评查人）")],
    dossier: Annotated[str, typer.Option("--dossier", help="案卷编号（status 中的 id）或名单中的文件")],
    decisions: Annotated[
        Path | None,
        typer.Option(
            "--decisions",
            help='评查决定（JSON 列表）：[{"action": "reject|confirm|adjust|add|comment…", '
            '"target": "PG-A01", "points": 1, "text": "…"}]',
        ),
    ] = None,
    reopen: Annotated[bool, typer.Option("--reopen", help="已提交的初评退回后再提交（须尚无最终结果）")] = False,
    db: DbOpt = None,
) -> None:
    """提交评查结果（初评或复核）：先按决定文件调整机器初评，再提交。"""
    from review.workspace import WorkspaceError

    items = _decisions(decisions) if decisions else []
    with campaigns(db) as cs:
        aid = cs.find_assignment(campaign, reviewer, dossier)
        line = next(x for x in cs.assignments(campaign, reviewer) if x.assignment_id == aid)
        if line.status == "done":
            if not reopen:
                fail(f"评查人“{reviewer}”已提交案卷“{line.file}”的{line.stage}结果（如需修改请加 --reopen）")
            cs.reopen(aid)
        review_id = cs.open_assignment(aid)
        ws = cs.store.workspace(review_id)
        planned = []
        for n, item in enumerate(items, start=1):  # every decision is checked before any is saved
            d = _decision(item, n, reviewer, ws)
            try:
                ws, _ = ws.apply(d)
            except WorkspaceError as err:
                fail(f"第{n}条决定：{err}")
            planned.append(d)
        for d in planned:
            cs.store.decide(review_id, d)
        result = cs.submit(aid)
    done = "复核定分" if result.stage == "复核" else "初评已提交"
    veto = "，否决" if result.veto else ""
    typer.echo(
        f"{done}：{reviewer}，案卷 {line.dossier_id}（{line.file}），得分 {_fmt(result.score)}，{result.grade}{veto}，"
        f"扣分问题 {len(result.problems)} 项"
    )


@campaign_app.command("reconcile")
def reconcile(
    campaign: CampaignArg,
    threshold: Annotated[str | None, typer.Option("--threshold", help="复核阈值（给出则记为活动设置）")] = None,
    seed: Annotated[int | None, typer.Option("--seed", help="复核人选取的随机种子（默认取分配种子）")] = None,
    db: DbOpt = None,
) -> None:
    """初评一致的取平均分定分，分差超过阈值或否决意见不一的转复核；已复核的以复核结果定分。"""
    value = _decimal(threshold, "复核阈值") if threshold is not None else None
    with campaigns(db) as cs:
        plan = cs.reconcile(campaign, value, seed)
    rechecks = [v for v in plan.verdicts if v.status == "recheck"]
    typer.echo(
        f"复核阈值 {_fmt(plan.threshold)} 分：初评一致定分 {plan.count('agreed')} 卷，转复核 {len(rechecks)} 卷，"
        f"复核定分 {plan.count('rechecked')} 卷；此前已定分 {plan.count('final')} 卷，"
        f"待初评 {plan.count('waiting')} 卷，待复核 {plan.count('pending_recheck')} 卷"
    )
    for v in rechecks:
        typer.echo(f"转复核：案卷 {v.dossier_id}，初评分差 {_fmt(v.spread)} 分，复核人 {v.recheck_reviewer}")


# -- status -------------------------------------------------------------------------------------------------------
def status_json(snap: CampaignSnapshot) -> dict[str, Any]:
    """The contract's ``status --format json`` (with a few added fields)."""
    from review.campaign.model import SCHEMA
    from review.campaign.stats import unit_summary

    c = snap.campaign
    dossiers = []
    for d in snap.dossiers:
        m, f = d.machine, d.final
        dossiers.append(
            {
                "id": d.id,
                "unit": d.unit,
                "file": d.file,
                "case_number": d.case_number,
                "case_name": d.case_name,
                "procedure": d.procedure,
                "sampled": d.sampled,
                "machine": None
                if m is None
                else {"score": _num(m.score), "grade": m.grade, "veto": m.veto, "pack": m.pack, "error": m.error,
                      "problems": len(m.problems)},
                "final": None
                if f is None
                else {"score": _num(f.score), "grade": f.grade, "by": f.by, "method": f.method, "veto": f.veto},
                "assignments": [
                    {"id": a.id, "reviewer": a.reviewer, "unit": a.unit, "stage": a.stage.value, "status": a.status,
                     "score": _num(a.score), "grade": a.grade, "veto": a.veto}
                    for a in d.assignments
                ],
            }
        )  # fmt: skip
    units = [
        {
            "unit": u.unit,
            "dossiers": u.dossiers,
            "sampled": u.sampled,
            "reviewed": u.reviewed,
            "grades": u.grades,
            "shares": {g: _num(v) for g, v in u.shares.items()},
            "mean_score": _num(u.mean_score),
            "vetoed": u.vetoed,
        }
        for u in unit_summary(snap)
    ]
    return {
        "schema": SCHEMA,
        "campaign": {
            "id": c.id,
            "name": c.name,
            "year": c.year,
            "checklist": c.checklist,
            "profile": c.profile,
            "scope": c.scope,
            "recheck_threshold": _num(c.recheck_threshold),
            "per_dossier": c.per_dossier,
            "sample": None if c.sample is None else {**c.sample.model_dump(mode="json"), "ratio": _num(c.sample.ratio)},
            "sample_seed": c.sample_seed,
            "assign_seed": c.assign_seed,
            "reviewers": [r.model_dump() for r in snap.reviewers],
        },
        "dossiers": dossiers,
        "summary": {"units": units},
    }


def status_markdown(snap: CampaignSnapshot) -> str:
    from review.campaign.sampling import describe
    from review.campaign.stats import grade_order, overall_summary, unit_summary

    c = snap.campaign
    sample = f"{describe(c.sample)}（随机种子 {c.sample_seed}）" if c.sample else "尚未抽查"
    out = [
        f"# {c.name}（{c.id}）",
        "",
        f"- 年度：{c.year}　评查标准：{c.checklist or '按程序类型选择'}　地区配置：{c.profile}",
        f"- 抽查：{sample}　每卷初评 {c.per_dossier} 人　复核阈值 {_fmt(c.recheck_threshold)} 分",
        f"- 评查人：{len(snap.reviewers)} 名"
        + (f"（{'、'.join(r.name for r in snap.reviewers)}）" if snap.reviewers else ""),
        "",
        "| 编号 | 单位 | 文件 | 文号 | 抽查 | 机器初评 | 初评 | 复核 | 最终 |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for d in snap.dossiers:
        m = d.machine
        machine = "" if m is None else (f"出错：{m.error}" if m.error else f"{_fmt(m.score)} {m.grade}")
        first = "；".join(f"{a.reviewer} {_fmt(a.score)}" if a.status == "done" else f"{a.reviewer} 待评"
                         for a in d.first_reviews)  # fmt: skip
        recheck = "；".join(
            f"{a.reviewer} {_fmt(a.score)}" if a.status == "done" else f"{a.reviewer} 待评"
            for a in d.assignments
            if a.stage == "复核"
        )
        final = "" if d.final is None else f"{_fmt(d.final.score)} {d.final.grade}（{d.final.method}）"
        out.append(
            f"| {d.id} | {_cell(d.unit)} | {_cell(d.file)} | {_cell(d.case_number)} | {'是' if d.sampled else ''} | "
            f"{_cell(machine)} | {_cell(first)} | {_cell(recheck)} | {final} |"
        )
    grades = grade_order(snap)
    out += ["", "## 各单位汇总", "", "| 单位 | 报送 | 抽查 | 已定分 | " + " | ".join(grades) + " | 平均分 | 否决 |",
            "|---" * (len(grades) + 6) + "|"]  # fmt: skip
    for u in [*unit_summary(snap), overall_summary(snap)]:
        counts = " | ".join(str(u.grades[g]) for g in grades)
        out.append(
            f"| {_cell(u.unit)} | {u.dossiers} | {u.sampled} | {u.reviewed} | {counts} | {_fmt(u.mean_score)} | "
            f"{u.vetoed} |"
        )
    return "\n".join(out) + "\n"


@campaign_app.command("status")
def status(
    campaign: CampaignArg,
    fmt: FormatOpt = OutFormat.md,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="写入文件")] = None,
    db: DbOpt = None,
) -> None:
    """评查活动进度：每卷的抽查、机器初评、初评、复核与最终结果，以及各单位汇总。"""
    with campaigns(db) as cs:
        snap = cs.snapshot(campaign)
    if fmt == OutFormat.json:
        write_out(json.dumps(status_json(snap), ensure_ascii=False, indent=2) + "\n", output)
    else:
        write_out(status_markdown(snap), output)
