"""``anjuan campaign …`` end to end on generated dossiers: create → import → reviewers → sample → assign → (machine
pass) → submit with a decisions file → reconcile → 复核 → status as the contract's JSON and as a table; and every
bad input ends with one line on stderr and exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from review.campaign.store import CampaignStore
from tests.cli import ok, one_line_error
from tests.review.campaign.workflow_data import HEADER, SCJG, UNIT_OF, corpus, run_machine, write_csv

ROOT = Path(__file__).resolve().parents[3]


def setup(db: str, ratio: str | None = None) -> str:
    c = corpus()
    cid = ok("campaign", "create", "2025年度行政处罚案卷交叉评查", "--year", "2025", "--checklist", "penalty-general",
             "--db", db).strip()  # fmt: skip
    out = ok("campaign", "import", cid, str(c.root), "--list", str(c.list_csv), "--db", db)
    assert out.strip() == "导入 6 卷案卷（3 个单位）"
    assert ok("campaign", "reviewers", cid, str(c.reviewers_csv), "--db", db).startswith("新增评查人 6 名")
    how = ["--ratio", ratio, "--min", "1"] if ratio else ["--all"]
    out = ok("campaign", "sample", cid, *how, "--seed", "2025", "--db", db)
    assert "随机种子 2025" in out and f"{SCJG}\t报送 3 卷" in out
    return cid


def test_a_whole_campaign_on_the_command_line(db_url: str, tmp_path: Path) -> None:
    cid = setup(db_url)
    out = ok("campaign", "assign", cid, "--seed", "7", "--db", db_url)
    assert out.startswith("分配初评任务 12 项（每卷 2 人），随机种子 7")
    assert "张三（成都市双流区市场监督管理局）\t2 项" in out
    lines = json.loads(ok("campaign", "assignments", cid, "--format", "json", "--db", db_url))["assignments"]
    assert len(lines) == 12 and all(x["stage"] == "初评" and x["unit"] != x["reviewer_unit"] for x in lines)
    table = ok("campaign", "assignments", cid, "--reviewer", "李四", "--db", db_url)
    assert table.startswith("| 任务 | 案卷 | 文件 | 单位 | 文号 | 评查人 |") and table.count("| 李四 |") == 2

    # before the machine pass a reviewer cannot start
    first = lines[0]
    err = one_line_error("campaign", "submit", cid, "--reviewer", first["reviewer"], "--dossier", first["dossier_id"],
                         "--db", db_url)  # fmt: skip
    assert "尚无机器初评结果" in err
    cs = CampaignStore(db_url)
    run_machine(cs, cid)
    snap = cs.snapshot(cid)
    cs.close()

    # 初评: one reviewer of one dossier rejects a finding and adds a 10-point problem, the rest accept the machine
    split = next(d for d in snap.dossiers if d.machine and d.machine.problems and not d.machine.veto)
    decisions = tmp_path / "决定.json"
    decisions.write_text(
        json.dumps(
            [
                {"action": "reject", "target": split.machine.problems[0].rule_id},
                {"action": "add", "points": 10, "text": "未对当事人提出的陈述申辩意见进行复核", "category": "程序"},
                {"action": "comment", "target": "", "text": "程序问题较多"},
            ],
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    for x in lines:
        args = ["campaign", "submit", cid, "--reviewer", x["reviewer"], "--dossier", x["dossier_id"], "--db", db_url]
        if x["dossier_id"] == split.id and x["reviewer"] == split.first_reviews[0].reviewer:
            args += ["--decisions", str(decisions)]
        out = ok(*args)
        assert out.startswith(f"初评已提交：{x['reviewer']}，案卷 {x['dossier_id']}")
    err = one_line_error("campaign", "submit", cid, "--reviewer", first["reviewer"], "--dossier", first["file"],
                         "--db", db_url)  # fmt: skip
    assert "已提交" in err and "--reopen" in err

    out = ok("campaign", "reconcile", cid, "--db", db_url)
    assert out.startswith("复核阈值 5 分：初评一致定分 5 卷，转复核 1 卷，复核定分 0 卷")
    assert f"转复核：案卷 {split.id}" in out
    status = json.loads(ok("campaign", "status", cid, "--format", "json", "--db", db_url))
    pending = [
        (d["id"], a["reviewer"])
        for d in status["dossiers"]
        for a in d["assignments"]
        if a["stage"] == "复核" and a["status"] == "pending"
    ]
    assert len(pending) == 1 and pending[0][0] == split.id
    assert UNIT_OF[pending[0][1]] != split.unit
    out = ok("campaign", "submit", cid, "--reviewer", pending[0][1], "--dossier", split.id, "--db", db_url)
    assert out.startswith(f"复核定分：{pending[0][1]}，案卷 {split.id}")
    assert "此前已定分 6 卷" in ok("campaign", "reconcile", cid, "--db", db_url)

    status = json.loads(ok("campaign", "status", cid, "--format", "json", "--db", db_url))
    assert status["schema"] == "anjuan.campaign/1"
    assert {"id", "name", "year", "checklist"} <= set(status["campaign"])
    assert status["campaign"]["id"] == cid and status["campaign"]["year"] == 2025
    for d in status["dossiers"]:
        assert {"id", "unit", "file", "sampled", "machine", "final", "assignments"} <= set(d)
        assert {"score", "grade", "veto"} <= set(d["machine"]) and isinstance(d["machine"]["score"], int | float)
        assert {"score", "grade", "by"} <= set(d["final"])
        assert all({"reviewer", "unit", "status"} <= set(a) and a["status"] in ("pending", "done")
                   for a in d["assignments"])  # fmt: skip
    final = next(d["final"] for d in status["dossiers"] if d["id"] == split.id)
    assert final["by"] == pending[0][1] and final["method"] == "复核"
    units = status["summary"]["units"]
    assert [u["unit"] for u in units] == [SCJG, "成都市新都区商务局", "成都市双流区生态环境局"]
    assert [u["dossiers"] for u in units] == [3, 2, 1] and sum(u["reviewed"] for u in units) == 6
    assert list(units[0]["grades"]) == ["优秀", "良好", "合格", "不合格"]
    assert all(isinstance(u["mean_score"], int | float) for u in units)

    table = ok("campaign", "status", cid, "--db", db_url)
    assert table.startswith("# 2025年度行政处罚案卷交叉评查（" + cid + "）")
    assert "| 编号 | 单位 | 文件 | 文号 | 抽查 | 机器初评 | 初评 | 复核 | 最终 |" in table
    assert "## 各单位汇总" in table and "| 合计 | 6 | 6 | 6 |" in table
    assert cid in ok("campaign", "list", "--db", db_url)


def test_sampling_prints_the_seed_and_per_unit_counts(db_url: str) -> None:
    cid = setup(db_url, ratio="0.5")
    status = json.loads(ok("campaign", "status", cid, "--format", "json", "--db", db_url))
    assert sum(d["sampled"] for d in status["dossiers"]) == 4  # 3 → 2, 2 → 1, 1 → 1
    assert status["campaign"]["sample_seed"] == 2025 and status["campaign"]["sample"]["mode"] == "ratio"
    ok("campaign", "assign", cid, "--per-dossier", "3", "--seed", "1", "--db", db_url)
    err = one_line_error("campaign", "sample", cid, "--all", "--seed", "1", "--db", db_url)
    assert "已分配评查任务，不能重新抽查" in err


def test_bad_input_ends_with_one_line_and_exit_code_2(db_url: str, tmp_path: Path) -> None:
    c = corpus()
    assert "没有评查活动“2025-ffffff”" in one_line_error("campaign", "status", "2025-ffffff", "--db", db_url)
    assert "没有这个评查标准" in one_line_error(
        "campaign", "create", "某活动", "--year", "2025", "--checklist", "nope", "--db", db_url
    )
    cid = ok("campaign", "create", "某活动", "--year", "2025", "--db", db_url).strip()
    bad = write_csv(tmp_path / "名单.csv", HEADER, [[SCJG, "无此文件.pdf", "", "", ""], ["", c.rows[0][1], "", "", ""]])
    err = one_line_error("campaign", "import", cid, str(c.root), "--list", str(bad), "--db", db_url)
    assert "名单.csv 有 2 行有误：第2行：找不到文件“无此文件.pdf”；第3行：未填写单位" in err
    assert "请给出 --all 或 --ratio R 之一" in one_line_error("campaign", "sample", cid, "--seed", "1", "--db", db_url)
    assert "抽查比例应为数字" in one_line_error(
        "campaign", "sample", cid, "--ratio", "三成", "--seed", "1", "--db", db_url
    )
    assert "还没有案卷" in one_line_error("campaign", "sample", cid, "--all", "--seed", "1", "--db", db_url)
    assert "复核阈值应为数字" in one_line_error("campaign", "reconcile", cid, "--threshold", "x", "--db", db_url)
    ok("campaign", "import", cid, str(c.root), "--list", str(c.list_csv), "--db", db_url)
    ok("campaign", "sample", cid, "--all", "--seed", "1", "--db", db_url)
    assert "还没有评查人" in one_line_error("campaign", "assign", cid, "--seed", "1", "--db", db_url)
    ok("campaign", "reviewers", cid, str(c.reviewers_csv), "--db", db_url)
    ok("campaign", "assign", cid, "--seed", "1", "--db", db_url)
    assert "没有评查人“周九”" in one_line_error(
        "campaign", "submit", cid, "--reviewer", "周九", "--dossier", "1", "--db", db_url
    )
    assert "没有案卷“无此案卷”" in one_line_error(
        "campaign", "submit", cid, "--reviewer", "张三", "--dossier", "无此案卷", "--db", db_url
    )
    broken = tmp_path / "决定.json"
    broken.write_text('[{"action": "reject", ', encoding="utf-8")
    line = json.loads(ok("campaign", "assignments", cid, "--format", "json", "--db", db_url))["assignments"][0]
    who = ["--reviewer", line["reviewer"], "--dossier", line["dossier_id"], "--db", db_url]
    assert "不是有效的 JSON" in one_line_error("campaign", "submit", cid, *who, "--decisions", str(broken))
    cs = CampaignStore(db_url)
    run_machine(cs, cid)
    cs.close()
    broken.write_text(json.dumps([{"action": "reject", "target": "PG-Z99"}]), encoding="utf-8")
    assert "第1条决定：没有这个评查项：PG-Z99" in one_line_error("campaign", "submit", cid, *who, "--decisions",
                                                                str(broken))  # fmt: skip
    broken.write_text(json.dumps([{"action": "veto", "target": "PG-A01"}]), encoding="utf-8")
    assert "第1条决定：action 应为" in one_line_error("campaign", "submit", cid, *who, "--decisions", str(broken))


@pytest.mark.parametrize("args", [["campaign", "status", "2025-000000"], ["campaign", "list"]])
def test_the_real_command_prints_no_traceback(tmp_path: Path, args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "review", *args, "--db", str(tmp_path / "a.db")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "ORT_DISABLE_TELEMETRY": "1", "HOME": str(tmp_path)},
    )
    if args[1] == "list":
        assert result.returncode == 0 and "还没有评查活动" in result.stdout
    else:
        assert (
            result.returncode == 2
            and result.stderr == "anjuan: 没有评查活动“2025-000000”（用 anjuan campaign list 查看已有的活动）\n"
        )
