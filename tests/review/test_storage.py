"""The review store: Alembic schema = the models, files by content hash, decisions that survive a restart and a
killed process, and two reviewers on one database — each on SQLite and on a real PostgreSQL server (``db_url``)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select, text

from review.storage import Store, UploadError, check_uploads, database_url, review_files
from review.storage.db import alembic_config
from review.storage.files import page_source
from review.storage.limits import ValueTooLong
from review.storage.tables import Base, Blob, CampaignDossierRow, CampaignRow, DossierRow
from review.workspace import Action, Decision, WorkspaceError, now
from tests.machine_score import M, shown
from tests.pg import new_database

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "dossiers"


def files_of(sample: str) -> list[tuple[str, bytes]]:
    folder = SAMPLES / sample / "dossier"
    return [(p.name, p.read_bytes()) for p in sorted(folder.iterdir())]


@pytest.fixture(scope="module")
def seeded(
    db_backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, int]:
    """张三's review of mk-0004, made once per module and backend (tests that write take a ``db_clone`` of it)."""
    url = new_database(db_backend, request, tmp_path_factory.mktemp("store"))
    store = Store(url)
    result = review_files(store, files_of("mk-0004-text-env-defects"), "张三", "mk-0004")
    store.close()
    return url, result.review_id


def test_migrated_schema_matches_the_models(db_url: str) -> None:
    store = Store(db_url)
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == []
    Store(store.url).close()  # opening again is a no-op migration
    store.close()


def test_database_url_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("postgresql://u@h:5433/审查") == "postgresql+psycopg://u@h:5433/审查"  # psycopg 3, not 2
    assert database_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    monkeypatch.setenv("ANJUAN_DB", "sqlite:///from-env.db")
    assert database_url(None) == "sqlite:///from-env.db"
    monkeypatch.delenv("ANJUAN_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert database_url(None).endswith("/anjuan/anjuan.db")


def test_files_are_stored_once_and_a_reupload_is_recognised(seeded: tuple[str, int], db_clone) -> None:
    store = Store(db_clone(seeded[0]))
    files = files_of("mk-0004-text-env-defects")
    key, known = store.put_files([("改了名字.pdf", files[0][1])], "again")
    assert known
    again = review_files(store, files, "张三", "mk-0004")
    assert again.reused and again.review_id == seeded[1]
    other = review_files(store, files, "李四", "mk-0004")
    assert not other.reused and other.extracted_before and other.review_id != seeded[1]
    assert [s.reviewer for s in store.reviews(dossier_key=key)] == ["李四", "张三"]
    store.close()


def test_a_page_resolves_to_its_file_even_inside_a_zip(db_url: str) -> None:
    store = Store(db_url)
    result = review_files(store, files_of("mk-0007-zip-prepaid"), "张三", "zip")
    ws = store.workspace(result.review_id)
    files = store.dossier_files(store.summary(result.review_id).dossier_key)
    page = ws.dossier.pages[5]
    src = page_source(store, files, page.file)
    assert src is not None and src.kind == "pdf" and src.data.startswith(b"%PDF")
    store.close()


def test_decisions_survive_a_restart_with_the_audit_trail(seeded: tuple[str, int], db_clone) -> None:
    url, review = seeded
    copy = db_clone(url)
    store = Store(copy)
    at = now()
    store.decide(review, Decision(action=Action.REJECT, target="PG-D06", reviewer="张三", at=at))
    store.close()
    reopened = Store(copy)  # an app restart
    ws = reopened.workspace(review)
    assert ws.report.score.total == M + 2
    assert reopened.summary(review).total == shown(M + 2)
    (entry,) = reopened.audit([review])
    assert (entry.reviewer, entry.action, entry.target) == ("张三", "reject", "PG-D06")
    assert entry.before["结果"] == "扣分" and entry.after["评查人"] == "已驳回"
    assert (entry.score_before, entry.score_after) == (shown(M), shown(M + 2))
    assert entry.at == at  # the same instant, to the microsecond
    reopened.close()


def test_killing_the_process_between_two_decisions_loses_neither(seeded: tuple[str, int], db_clone) -> None:
    url, review = seeded
    copy = db_clone(url)
    script = textwrap.dedent(
        f"""
        import sys, time
        from review.storage import Store
        from review.workspace import Action, Decision, now
        store = Store("{copy}")
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
    store = Store(copy)
    ws = store.workspace(review)
    assert [d.action for d in ws.decisions] == [Action.REJECT, Action.ADJUST]
    assert ws.report.score.total == M + 4
    store.close()


def test_two_reviewers_on_one_database_see_their_own_work(db_url: str) -> None:
    store = Store(db_url)
    files = files_of("mk-0003-text-simple")
    a = review_files(store, files, "张三", "s").review_id
    b = review_files(store, files, "李四", "s").review_id
    fail_or_unknown = next(f for f in store.workspace(a).machine.findings if f.outcome == "pass")
    store.decide(a, Decision(action=Action.ADD, target=fail_or_unknown.rule_id, reviewer="张三", at=now(), points=1))
    assert store.workspace(a).report.score.total == 99
    assert store.workspace(b).report.score.total == 100
    assert [r.id for r in store.reviews("李四")] == [b]
    store.close()


def test_values_read_back_as_written(db_url: str) -> None:
    """Bytes, booleans, zone-aware datetimes and Chinese text at the column limit read back alike on both databases;
    a value over a column's limit fails alike too (SQLite alone would keep it, PostgreSQL refuse it)."""
    store = Store(db_url)
    data = bytes(range(256)) * 300
    shanghai = dt.datetime(2025, 12, 31, 23, 59, 59, 999999, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    long_name = "某市生态环境局关于某某化工有限公司" * 10
    with store.session() as s, s.begin():
        s.add(Blob(sha256="a" * 64, size=len(data), data=data, created_at=shanghai))
        s.add(DossierRow(key="k" * 64, label="县" * 300, created_at=shanghai))
        s.add(
            CampaignRow(
                id="c" * 32,
                name=long_name,
                year=2025,
                checklist="",
                profile="standard",
                bands_json="[]",
                recheck_threshold="5",
                created_at=shanghai,
            )
        )
        s.flush()
        s.add(
            CampaignDossierRow(
                campaign_id="c" * 32,
                position=0,
                unit="某市生态环境局",
                file="甲/卷1.pdf",
                dossier_key="k" * 64,
                sampled=True,
            )
        )
    with store.session() as s:
        blob = s.get(Blob, "a" * 64)
        assert blob is not None and blob.data == data
        assert blob.created_at == shanghai and blob.created_at.utcoffset() == dt.timedelta(0)
        assert blob.created_at.isoformat() == "2025-12-31T15:59:59.999999+00:00"
        dossier = s.get(DossierRow, "k" * 64)
        assert dossier is not None and dossier.label == "县" * 300
        row = s.scalars(select(CampaignDossierRow)).one()
        assert row.sampled is True and s.scalars(select(CampaignDossierRow.sampled)).one() is True
        assert s.scalars(select(CampaignRow.name)).one() == long_name
    with (
        pytest.raises(ValueTooLong, match=r"dossiers\.label 过长：301 个字符，上限 300"),
        store.session() as s,
        s.begin(),
    ):
        s.add(DossierRow(key="m" * 64, label="县" * 301, created_at=shanghai))
    with store.session() as s:
        assert s.get(DossierRow, "m" * 64) is None
    store.close()


def test_long_labels_and_file_names_are_clipped_and_long_reviewer_names_refused(db_url: str) -> None:
    store = Store(db_url)
    name = "关于某某化工有限公司未批先建案" * 40 + ".pdf"
    key, _ = store.put_files([(name, b"%PDF-1.4 test")], "卷" * 400)
    (stored,) = store.dossier_files(key)
    assert len(stored.name) == 500 and stored.name.endswith("未批先建案.pdf")
    with store.session() as s:
        label = s.get(DossierRow, key)
        assert label is not None and len(label.label) == 300 and label.label.endswith("卷…")
    with pytest.raises(WorkspaceError, match="评查人姓名过长"):
        review_files(store, files_of("mk-0003-text-simple"), "张" * 101, "s")
    store.close()


def test_several_processes_opening_one_new_database_at_once(db_url: str) -> None:
    """Each process migrates on opening; racing on a brand-new database none fails and the schema is made once."""
    script = textwrap.dedent(
        f"""
        from review.storage import Store
        Store("{db_url}").close()
        print("ok", flush=True)
        """
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(3)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [(p.returncode, out.strip()) for p, (out, _) in zip(procs, outs, strict=True)] == [(0, b"ok")] * 3, [
        err.decode()[-500:] for _, err in outs
    ]
    store = Store(db_url)
    with store.engine.connect() as conn:
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    assert versions == [ScriptDirectory.from_config(alembic_config()).get_current_head()]
    store.close()


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
