"""The ``anjuan anonymize`` command: a dossier's text with personal data replaced.

``anjuan anonymize PATH... -o OUT.(docx|txt|json) [-o OUT2 …] [--style mouyou|jiayi|stars] [--keep-officers]
[--mapping KEY.json]`` reads the dossier once, writes every output given, and prints the summary as JSON on stdout:
``{"replaced": {"person": 12, "company": 1, …}, "occurrences": {…}, "style": "mouyou", "keep_officers": false,
"pages": 26, "documents": 22, "output": "OUT.docx", "outputs": ["OUT.docx"]}``. ``--mapping`` writes the
original → pseudonym key for the trainer's own use (it holds personal data: a warning says so on stderr).
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from review.cli import OcrChoice, PathsArg, app, fail, load


class StyleChoice(StrEnum):
    mouyou = "mouyou"
    jiayi = "jiayi"
    stars = "stars"


@app.command()
def anonymize(
    paths: PathsArg,
    output: Annotated[
        list[Path], typer.Option("-o", "--output", help="输出文件：.docx、.txt 或 .json（可重复，一次读卷写多种格式）")
    ],
    style: Annotated[
        StyleChoice, typer.Option("--style", help="mouyou：张某；jiayi：甲、乙、丙；stars：张**")
    ] = StyleChoice.mouyou,
    keep_officers: Annotated[bool, typer.Option("--keep-officers", help="保留执法人员姓名及执法证号")] = False,
    mapping: Annotated[
        Path | None, typer.Option("--mapping", help="另存原文与化名对照表（JSON，含个人信息，仅供本人留存）")
    ] = None,
    ocr: Annotated[OcrChoice, typer.Option(help="auto：仅对无文字层或乱码页做OCR")] = OcrChoice.auto,
) -> None:
    """案卷脱敏：替换当事人、法定代表人、证人、执法人员等姓名，单位名称，证件号码，电话，地址，车牌，账号。"""
    from review.anonymize import AnonymizeError, anonymize_dossier
    from review.anonymize.export import SUFFIXES, summary, write

    for out in output:
        if out.suffix.lower() not in SUFFIXES:
            fail(f"{out}: 输出文件须为 .docx、.txt 或 .json")
    if mapping is not None and mapping.suffix.lower() != ".json":
        fail(f"{mapping}: 对照表须为 .json 文件")
    dossier = load(paths, ocr.value, show_progress=sys.stderr.isatty())
    try:
        anon = anonymize_dossier(dossier, style.value, keep_officers=keep_officers)
        for out in output:
            write(anon, out)
    except AnonymizeError as err:
        fail(str(err))
    except OSError as err:
        fail(f"{getattr(err, 'filename', None) or ''}: 无法写入（{err.strerror or err}）")
    if mapping is not None:
        _write_mapping(anon.mapping, mapping)
    result = {**summary(anon), "output": str(output[0]), "outputs": [str(p) for p in output]}
    typer.echo(json.dumps(result, ensure_ascii=False))


def _write_mapping(case_mapping, path: Path) -> None:
    data = {
        "warning": "本文件含原始姓名、证件号码等个人信息，仅供本人留存，不得随脱敏文本提供或公开。",
        "style": case_mapping.style.value,
        "entities": [
            {
                "kind": e.kind.value,
                "original": e.original,
                "pseudonym": e.pseudonym,
                "aliases": [a.model_dump() for a in e.aliases],
                "kept": e.keep,
            }
            for e in case_mapping.entities
        ],
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as err:
        fail(f"{path}: 无法写入（{err.strerror or err}）")
    typer.echo(f"anjuan: 注意：对照表 {path} 含个人信息，请妥善保管，不要随脱敏文本提供", err=True)
