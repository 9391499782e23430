"""Running ``anjuan`` in-process for tests (typer's CliRunner): the exit code and both streams, a command expected to
succeed, and a command expected to end with one line on stderr and exit code 2."""

from __future__ import annotations

from typer.testing import CliRunner

from review.cli import app


def anjuan(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def ok(*args: str) -> str:
    code, out, err = anjuan(*args)
    assert code == 0, err
    return out


def one_line_error(*args: str) -> str:
    code, out, err = anjuan(*args)
    assert code == 2, (out, err)
    assert err.startswith("anjuan: ") and err.count("\n") == 1, err
    return err
