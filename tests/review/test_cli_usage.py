"""Usage mistakes on the real ``anjuan`` command (a bad option value, an unknown command or option, a missing
argument) end with one line on stderr and exit code 2 — no boxed usage screen, no traceback; ``--help`` and a bare
group still print their help and exit 0."""

from __future__ import annotations

import subprocess
import sys

import pytest

ANJUAN = [sys.executable, "-c", "from review.cli import main; main()"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*ANJUAN, *args], capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["review", "案卷.pdf", "--format", "pdf"], ["--format", "'pdf'", "anjuan review --help"]),
        (["anonymize", "案卷.pdf", "-o", "out.txt", "--style", "拼音"], ["--style", "anjuan anonymize --help"]),
        (["campaign", "sample", "2025-abcdef", "--ratio", "0.3", "--seed", "七"], ["--seed", "integer"]),
        (["campaign", "create"], ["Missing argument", "anjuan campaign create --help"]),
        (["评查"], ["No such command", "anjuan --help"]),
        (["review", "--no-such-option"], ["--no-such-option"]),
    ],
)
def test_a_usage_mistake_is_one_line_and_exit_2(args: list[str], words: list[str]) -> None:
    r = run(*args)
    assert r.returncode == 2, r.stderr
    assert r.stderr.startswith("anjuan: ") and r.stderr.count("\n") == 1, r.stderr
    assert "Traceback" not in r.stderr and "╭" not in r.stderr
    for w in words:
        assert w in r.stderr


def test_help_still_prints_and_exits_0() -> None:
    for args in (["--help"], ["campaign"], ["casebook", "--help"]):
        r = run(*args)
        assert r.returncode == 0 and "Usage" in r.stdout, (args, r.stderr)
