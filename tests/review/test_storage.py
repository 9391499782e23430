"""The review store: Alembic schema = the models, files by content hash, decisions that survive a restart and a
killed process, and two reviewers on one database."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from review.storage import Store, UploadError, check_uploads, database_url, review_files
from review.storage.files import page_source
from review.storage.tables import Base
from review.workspace import Action, Decision, now
from tests.machine_score import M, shown

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "dossiers"


def files_of(sample: str) -> list[tuple[str, bytes]]:
    folder = SAMPLES / sample / "dossier"
    return [(p.name, p.read_bytes()) for p in sorted(folder.iterdir())]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int]:
    url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'a.db'}"
    store = Store(url)
    result = review_files(store, files_of("mk-0004-text-env-defects"), "张三", "mk-0004")
    store.close()
    return url, result.review_id


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'm.db'}")
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == []
    Store(store.url)  # opening again is a no-op migration


def test_database_url_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    monkeypatch.setenv("ANJUAN_DB", "sqlite:///from-env.db")
    assert database_url(None) == "sqlite:///from-env.db"
    monkeypatch.delenv("ANJUAN_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert database_url(None).endswith("/anjuan/anjuan.db")


def test_files_are_stored_once_and_a_reupload_is_recognised(seeded: tuple[str, int]) -> None:
    store = Store(seeded[0])
    files = files_of("mk-0004-text-env-defects")
    key, known = store.put_files([("改了名字.pdf", files[0][1])], "again")
    assert known
    again = review_files(store, files, "张三", "mk-0004")
    assert again.reused and again.review_id == seeded[1]
    other = review_files(store, files, "李四", "mk-0004")
    assert not other.reused and other.extracted_before and other.review_id != seeded[1]
    assert [s.reviewer for s in store.reviews(dossier_key=key)] == ["李四", "张三"]


def test_a_page_resolves_to_its_file_even_inside_a_zip(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'z.db'}")
    result = review_files(store, files_of("mk-0007-zip-prepaid"), "张三", "zip")
    ws = store.workspace(result.review_id)
    files = store.dossier_files(store.summary(result.review_id).dossier_key)
    page = ws.dossier.pages[5]
    src = page_source(store, files, page.file)
    assert src is not None and src.kind == "pdf" and src.data.startswith(b"%PDF")


def test_decisions_survive_a_restart_with_the_audit_trail(seeded: tuple[str, int], tmp_path: Path) -> None:
    url, review = seeded
    copy = tmp_path / "copy.db"
    Store(url).close()
    copy.write_bytes(Path(url.removeprefix("sqlite:///")).read_bytes())
    store = Store(f"sqlite:///{copy}")
    store.decide(review, Decision(action=Action.REJECT, target="PG-D06", reviewer="张三", at=now()))
    store.close()
    reopened = Store(f"sqlite:///{copy}")  # an app restart
    ws = reopened.workspace(review)
    assert ws.report.score.total == M + 2
    assert reopened.summary(review).total == shown(M + 2)
    (entry,) = reopened.audit([review])
    assert (entry.reviewer, entry.action, entry.target) == ("张三", "reject", "PG-D06")
    assert entry.before["结果"] == "扣分" and entry.after["评查人"] == "已驳回"
    assert (entry.score_before, entry.score_after) == (shown(M), shown(M + 2))


def test_killing_the_process_between_two_decisions_loses_neither(seeded: tuple[str, int], tmp_path: Path) -> None:
    url, review = seeded
    copy = tmp_path / "kill.db"
    copy.write_bytes(Path(url.removeprefix("sqlite:///")).read_bytes())
    script = textwrap.dedent(
        f"""
        import sys, time
        from review.storage import Store
        from review.workspace import Action, Decision, now
        store = Store("sqlite:///{copy}")
        store.decide({review}, Decision(action=Action.REJECT, target="PG-D06", reviewer="张三", at=now()))
        print("one", flush=True)
        store.decide({review}, Decision(action=Action.ADJUST, target="PG-A06", reviewer="张三", at=now(), points=1))
        print("two", flush=True)
        time.sleep(60)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "one"
    assert proc.stdout.readline().strip() == "two"
    proc.kill()  # SIGKILL: no cleanup, no checkpoint
    proc.wait(timeout=10)
    ws = Store(f"sqlite:///{copy}").workspace(review)
    assert [d.action for d in ws.decisions] == [Action.REJECT, Action.ADJUST]
    assert ws.report.score.total == M + 4


def test_two_reviewers_on_one_database_see_their_own_work(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'two.db'}")
    files = files_of("mk-0003-text-simple")
    a = review_files(store, files, "张三", "s").review_id
    b = review_files(store, files, "李四", "s").review_id
    fail_or_unknown = next(f for f in store.workspace(a).machine.findings if f.outcome == "pass")
    store.decide(a, Decision(action=Action.ADD, target=fail_or_unknown.rule_id, reviewer="张三", at=now(), points=1))
    assert store.workspace(a).report.score.total == 99
    assert store.workspace(b).report.score.total == 100
    assert [r.id for r in store.reviews("李四")] == [b]


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ([], "请先选择"),
        ([("a.exe", b"x")], "不支持的文件类型"),
        ([("a.pdf", b"")], "空文件"),
        ([("a.pdf", b"x" * 2_000_000)], "案卷过大"),
    ],
)
def test_bad_uploads_are_refused_with_a_message(files, message) -> None:
    with pytest.raises(UploadError, match=message):
        check_uploads(files, max_mb=1)


def test_upload_names_are_made_safe_and_unique() -> None:
    out = check_uploads([("../../x.pdf", b"1"), ("x.pdf", b"2"), (".hidden.txt", b"3")], max_mb=1)
    assert [n for n, _ in out] == ["x.pdf", "x(2).pdf", "hidden.txt"]


@pytest.mark.parametrize("sample", ["mk-0004-text-env-defects", "mk-0006-docx-culture-defects"])
def test_a_stored_dossier_and_report_read_back_exactly(sample: str) -> None:
    from review.model import ReviewReport
    from review.pipeline import review_paths
    from review.storage.codec import dump_dossier, load_dossier

    dossier, report = review_paths([SAMPLES / sample / "dossier"])
    assert load_dossier(dump_dossier(dossier)) == dossier
    assert ReviewReport.model_validate_json(report.model_dump_json()) == report
