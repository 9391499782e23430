"""The ``anjuan campaign report CAMPAIGN -o DIR`` command: 汇总统计表, 问题清单, 评查报告, 通报, 分配表, 一致性."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from review.cli import campaign_app, fail, progress_bar


@campaign_app.command("report")
def report(
    campaign: Annotated[str, typer.Argument(help="评查活动编号（campaign create 输出的编号）")],
    output: Annotated[Path, typer.Option("-o", "--output", help="输出目录（不存在时创建）")],
    compare: Annotated[
        list[str] | None,
        typer.Option("--compare", help="往年评查活动编号（可重复），汇总统计表和评查报告加入历年对比"),
    ] = None,
    db: Annotated[
        str | None, typer.Option("--db", help="数据库：SQLAlchemy URL 或文件路径（默认 $ANJUAN_DB 或用户数据目录）")
    ] = None,
) -> None:
    """生成评查结果文件：汇总统计表.xlsx、问题清单.xlsx、评查报告.docx、通报.docx、分配表.xlsx、一致性.xlsx。"""
    from sqlalchemy.exc import SQLAlchemyError

    from review.campaign.model import CampaignError
    from review.campaign.store import CampaignStore
    from review.export.campaign_files import write_campaign_report
    from review.storage.db import database_url

    if output.exists() and not output.is_dir():
        fail(f"{output} 已存在且不是目录")
    try:
        store = CampaignStore(db)
    except (SQLAlchemyError, OSError, ValueError) as err:
        fail(f"无法打开数据库 {database_url(db)}：{err.__class__.__name__}")
    try:
        snapshot = store.snapshot(campaign)
        history = [store.snapshot(c) for c in dict.fromkeys(compare or ()) if c != campaign]
    except CampaignError as err:
        fail(str(err))
    except SQLAlchemyError as err:
        fail(f"读取数据库失败：{err.__class__.__name__}")
    finally:
        store.close()
    try:
        with progress_bar(sys.stderr.isatty()) as step:
            paths = write_campaign_report(snapshot, output, history, step=step)
    except OSError as err:
        fail(f"{getattr(err, 'filename', None) or output} 无法写入（{err.strerror or err.__class__.__name__}）")
    for path in paths:
        typer.echo(str(path))
