"""The ``anjuan`` command line (Typer). Bad input ends with one line on stderr and exit code 2, never a traceback."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import typer
from typer._click import exceptions as click_errors  # typer 0.29 vendors click; its errors live here

app = typer.Typer(
    name="anjuan",
    help="案卷评查工具箱：读取行政执法案卷，找出文书与要素，按评查标准检查。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="准确率评测（见 shared/eval/README.md）。", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
checklists_app = typer.Typer(help="评查标准包：列出、查看、校验。", no_args_is_help=True)
app.add_typer(checklists_app, name="checklists")
campaign_app = typer.Typer(help="评查活动：创建、导入、抽查、分配、机器初评、复核、统计与通报。", no_args_is_help=True)
app.add_typer(campaign_app, name="campaign")
casebook_app = typer.Typer(help="典型案例：从评查结果起草、检索、导出（单篇或汇编）。", no_args_is_help=True)
app.add_typer(casebook_app, name="casebook")


class OutFormat(StrEnum):
    json = "json"
    md = "md"


class ReviewFormat(StrEnum):
    json = "json"
    md = "md"
    xlsx = "xlsx"
    docx = "docx"


class OcrChoice(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"anjuan: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def progress_bar(enabled: bool) -> Iterator[Callable[[str, int, int], None] | None]:
    """A progress bar on stderr while pages are read and OCR runs (only on a terminal)."""
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=None,
        transient=True,
    ) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


def load(paths: list[Path], ocr: str, show_progress: bool):  # -> Dossier
    from extractors.errors import ExtractionError
    from extractors.pipeline import extract_dossier

    with progress_bar(show_progress) as update:
        try:
            return extract_dossier(paths, ocr=ocr, progress=update)  # type: ignore[arg-type]
        except ExtractionError as err:
            fail(str(err))
        except (OSError, MemoryError) as err:
            fail(f"{getattr(err, 'filename', None) or ''} 无法读取：{err.__class__.__name__}".strip())
    raise AssertionError("unreachable")


PathsArg = Annotated[
    list[Path], typer.Argument(help="案卷文件或文件夹（PDF、扫描件、图片、DOCX、TXT、ZIP），多个路径合为一卷")
]


@app.command()
def extract(
    paths: PathsArg,
    fmt: Annotated[OutFormat, typer.Option("--format", help="json 或 md")] = OutFormat.json,
    ocr: Annotated[OcrChoice, typer.Option(help="auto：仅对无文字层或乱码页做OCR")] = OcrChoice.auto,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="写入文件而非标准输出")] = None,
) -> None:
    """读取一卷案卷，列出文书、页码与要素（含出处）。"""
    from extractors.report import to_json, to_markdown

    dossier = load(paths, ocr.value, show_progress=sys.stderr.isatty())
    text = (
        json.dumps(to_json(dossier), ensure_ascii=False, indent=2) + "\n"
        if fmt == OutFormat.json
        else to_markdown(dossier)
    )
    write_out(text, output)


def write_out(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        tmp = output.with_name(output.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(output)
    except OSError as err:
        fail(f"{output}: 无法写入（{err.strerror or err}）")


@app.command()
def review(
    paths: PathsArg,
    checklist: Annotated[str | None, typer.Option("--checklist", help="评查标准包 ID（默认按程序类型选择）")] = None,
    profile: Annotated[str, typer.Option("--profile", help="地区配置：national、sichuan")] = "national",
    fmt: Annotated[ReviewFormat, typer.Option("--format", help="json、md、xlsx 或 docx")] = ReviewFormat.json,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="写入文件（xlsx/docx 必须给出）")] = None,
    ocr: Annotated[OcrChoice, typer.Option()] = OcrChoice.auto,
    fail_on_veto: Annotated[bool, typer.Option("--fail-on-veto", help="有否决项或检查出错时退出码为1")] = False,
) -> None:
    """读取案卷，按评查标准逐项检查并评分，输出评查表。"""
    from checklists.errors import PackError
    from checklists.loader import get_pack, get_profile
    from review.export.json_report import to_json as review_json
    from review.export.markdown import to_markdown as review_md
    from review.pipeline import choose_pack, review_dossier

    if fmt in (ReviewFormat.xlsx, ReviewFormat.docx) and output is None:
        fail(f"--format {fmt.value} 需要 -o FILE")
    try:
        prof = get_profile(profile)
        if checklist:
            get_pack(checklist)  # an unknown id fails before the dossier is read
    except PackError as err:
        fail(str(err))
    dossier = load(paths, ocr.value, show_progress=sys.stderr.isatty())
    try:
        pack = choose_pack(dossier, checklist)
    except PackError as err:
        fail(str(err))
    report = review_dossier(dossier, pack, prof)
    wording = lint_or_fail(dossier)
    if fmt == ReviewFormat.json:
        write_out(json.dumps(review_json(report, wording), ensure_ascii=False, indent=2) + "\n", output)
    elif fmt == ReviewFormat.md:
        write_out(review_md(report, wording), output)
    else:
        from review.export.office import write_docx, write_xlsx

        assert output is not None
        (write_docx if fmt == ReviewFormat.docx else write_xlsx)(report, output, wording)
    if fail_on_veto and (report.score.vetoed or report.errors):
        raise typer.Exit(1)


def lint_or_fail(dossier) -> list[dict]:
    """The wording linter's diagnostics as contract items (a bad lexicon is a usage error: exit 2)."""
    from checklists.wording import LexiconError, lint_dossier, wording_json

    try:
        return wording_json(lint_dossier(dossier))
    except LexiconError as err:
        fail(str(err))
    raise AssertionError("unreachable")


@app.command()
def lint(
    paths: PathsArg,
    fmt: Annotated[OutFormat, typer.Option("--format", help="json 或 md")] = OutFormat.json,
    output: Annotated[Path | None, typer.Option("-o", "--output")] = None,
    ocr: Annotated[OcrChoice, typer.Option()] = OcrChoice.auto,
) -> None:
    """文书用语、格式与错别字检查（不改动当事人名称、文号、地址和法律名称）。"""
    from checklists.wording import LexiconError, lint_dossier, wording_markdown

    dossier = load(paths, ocr.value, show_progress=sys.stderr.isatty())
    if fmt == OutFormat.json:
        items = lint_or_fail(dossier)
        write_out(
            json.dumps({"schema": "anjuan.lint/1", "wording": items}, ensure_ascii=False, indent=2) + "\n", output
        )
        return
    try:
        write_out(wording_markdown(lint_dossier(dossier)), output)
    except LexiconError as err:
        fail(str(err))


@checklists_app.command("list")
def checklists_list() -> None:
    """已安装的评查标准包。"""
    from checklists.errors import PackError
    from checklists.loader import list_packs, list_profiles

    try:
        packs, profiles = list_packs(), list_profiles()
    except PackError as err:
        fail(str(err))
    for pack in packs:
        typer.echo(f"{pack.ref}\t{pack.title}\t{len(pack.rules)} 条\t{'、'.join(pack.applies_to.procedures)}")
    typer.echo("地区配置：" + "、".join(f"{p.id}（{p.title}）" for p in profiles))


@checklists_app.command("show")
def checklists_show(pack_id: Annotated[str, typer.Argument(help="评查标准包 ID 或 ID@版本")]) -> None:
    """一个评查标准包的类别与全部规则。"""
    from checklists.errors import PackError
    from checklists.loader import get_pack

    try:
        pack = get_pack(pack_id)
    except PackError as err:
        fail(str(err))
    typer.echo(f"# {pack.title}（{pack.ref}）\n{pack.description}\n")
    for cat in pack.categories:
        typer.echo(f"## {cat.name}（{cat.cap}分）")
        for r in (r for r in pack.rules if r.category == cat.name):
            veto = " [否决]" if r.veto else ""
            typer.echo(f"- {r.id} [{r.check}] {r.title}：{r.default_points}分{veto} — {r.legal_basis}")


@checklists_app.command("validate")
def checklists_validate(
    target: Annotated[Path | None, typer.Argument(help="pack.yaml、标准包目录或规则文件；默认全部")] = None,
    strict: Annotated[bool, typer.Option("--strict/--no-strict", help="运行每条规则自带的示例")] = True,
) -> None:
    """校验评查标准包：格式、检查类型与参数，以及每条规则的示例。"""
    from checklists.errors import PackError
    from checklists.validate import validate

    try:
        packs, failures = validate(target, strict=strict)
    except PackError as err:
        fail(str(err))
    for f in failures:
        typer.echo(f.line(), err=True)
    if failures:
        fail(f"{len(failures)} 个示例未通过")
    rules = sum(len(p.rules) for p in packs)
    examples = sum(len(r.examples) for p in packs for r in p.rules)
    typer.echo(f"通过：{len(packs)} 个标准包，{rules} 条规则，{examples} 个示例")


@eval_app.command("extract")
def eval_extract(
    gold: Annotated[Path | None, typer.Option(help="金标准文件（JSON，键为相对路径）")] = None,
    samples: Annotated[Path | None, typer.Option(help="样本目录：其下每个含 manifest.json 的子目录为一卷")] = None,
    fmt: Annotated[OutFormat, typer.Option("--format")] = OutFormat.md,
    output: Annotated[Path | None, typer.Option("-o", "--output")] = None,
    ocr: Annotated[OcrChoice, typer.Option()] = OcrChoice.auto,
) -> None:
    """提取准确率：文书类型、页码边界、各要素（按形态分列）。"""
    from review.eval_extract import eval_gold, eval_samples, report_markdown

    if (gold is None) == (samples is None):
        fail("请给出 --gold FILE 或 --samples DIR 之一")
    try:
        with progress_bar(sys.stderr.isatty()) as update:
            result = (
                eval_gold(gold, ocr=ocr.value, progress=update)
                if gold
                else eval_samples(samples, ocr=ocr.value, progress=update)  # type: ignore[arg-type]
            )
    except (OSError, ValueError) as err:
        fail(str(err))
    text = (
        json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
        if fmt == OutFormat.json
        else report_markdown(result)
    )
    write_out(text, output)


@eval_app.command("review")
def eval_review(
    samples: Annotated[Path, typer.Option(help="样本目录：其下每个含 manifest.json 的子目录为一卷")],
    profile: Annotated[str, typer.Option()] = "national",
    output: Annotated[Path | None, typer.Option("-o", "--output")] = None,
    ocr: Annotated[OcrChoice, typer.Option()] = OcrChoice.auto,
) -> None:
    """评查准确率：植入缺陷的检出率（按检查编号、按形态）与无缺陷案卷的误报。"""
    from review.eval_review import eval_samples, report_markdown

    try:
        with progress_bar(sys.stderr.isatty()) as update:
            result = eval_samples(samples, profile=profile, ocr=ocr.value, progress=update)
    except (OSError, ValueError) as err:
        fail(str(err))
    write_out(report_markdown(result), output)


@app.command()
def ui(
    port: Annotated[int, typer.Option(help="本机端口")] = 8501,
    db: Annotated[str | None, typer.Option("--db", help="数据库：SQLAlchemy URL 或文件路径")] = None,
    max_upload_mb: Annotated[int, typer.Option(help="一卷上传总大小上限（MB）")] = 200,
) -> None:
    """启动评查工作台（Streamlit，仅本机访问），打开浏览器 http://127.0.0.1:PORT 。"""
    script = Path(__file__).resolve().parents[1] / "ui" / "streamlit_app.py"
    env = {**os.environ, "ORT_DISABLE_TELEMETRY": "1", "ANJUAN_MAX_UPLOAD_MB": str(max_upload_mb)}
    if db:
        env["ANJUAN_DB"] = db
    cmd = [sys.executable, "-m", "streamlit", "run", str(script), "--server.address", "127.0.0.1",
           "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none", "--server.maxUploadSize", str(max_upload_mb * 2),
           "--client.toolbarMode", "viewer", "--client.showErrorDetails", "none", "--theme.base", "light"]  # fmt: skip
    typer.echo(f"评查工作台：http://127.0.0.1:{port}　（Ctrl+C 退出）")
    sys.stdout.flush()
    os.execve(sys.executable, cmd, env)  # the server replaces this process: signals reach it directly


@eval_app.command("lint")
def eval_lint_cmd(
    labelled: Annotated[
        Path | None, typer.Option("--set", help="标注句子集（YAML）；默认 tests/data/lint/labelled.yaml")
    ] = None,
    samples: Annotated[Path | None, typer.Option(help="另在生成样本上统计植入的用语缺陷")] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output")] = None,
) -> None:
    """用语检查准确率：按规则族的精确率、召回率，以及受保护内容零改动。"""
    from review.eval_lint import DEFAULT_SET, eval_lint, eval_lint_samples, report_markdown

    path = labelled or DEFAULT_SET
    if not path.is_file():
        fail(f"{path}: 找不到标注集（安装后的副本请用 --set 指定）")
    try:
        result = eval_lint(path)
        with progress_bar(sys.stderr.isatty() and samples is not None) as update:
            sample_result = eval_lint_samples(samples, progress=update) if samples else None
    except (OSError, ValueError) as err:
        fail(str(err))
    write_out(report_markdown(result, sample_result), output)


# Commands defined in modules of their own register themselves on ``app`` / ``campaign_app`` / ``casebook_app``.
from review import cli_anonymize, cli_batch, cli_campaign, cli_casebook, cli_report  # noqa: E402, F401


def usage_error(err: click_errors.UsageError) -> str:
    """A usage error (unknown option or command, bad value) as one line naming where to look for help."""
    where = err.ctx.command_path if err.ctx else "anjuan"
    return f"anjuan: {' '.join(err.format_message().split())}（见 {where} --help）"


def main() -> None:
    """Entry point with a last guard: a usage error or an unexpected error is one line on stderr (exit 2 or 3; set
    ANJUAN_DEBUG=1 for the traceback), never a traceback or a boxed usage screen."""
    try:
        code = app(prog_name="anjuan", standalone_mode=False)
    except click_errors.NoArgsIsHelpError as err:
        typer.echo(err.ctx.get_help() if err.ctx else "")
        sys.exit(0)
    except click_errors.UsageError as err:
        typer.echo(usage_error(err), err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("anjuan: 已中断", err=True)
        sys.exit(130)
    except click_errors.ClickException as err:
        typer.echo(f"anjuan: {' '.join(err.format_message().split())}", err=True)
        sys.exit(err.exit_code)
    except Exception as err:
        if os.environ.get("ANJUAN_DEBUG"):
            raise
        typer.echo(f"anjuan: 内部错误 {err.__class__.__name__}: {err}（设置 ANJUAN_DEBUG=1 查看详情）", err=True)
        sys.exit(3)
    sys.exit(code if isinstance(code, int) else 0)
