"""Where the database is and how it is opened: ``--db`` / ``$ANJUAN_DB`` (any SQLAlchemy URL, or a plain file path),
else a SQLite file in the user's data directory. Opening migrates the schema to the newest Alembic revision."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url

ENV_VAR = "ANJUAN_DB"
MIGRATE_LOCK = 0x616E6A75616E  # "anjuan": the PostgreSQL advisory lock that serialises concurrent migrations
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def default_path() -> Path:
    return Path(user_data_dir("anjuan", appauthor=False)) / "anjuan.db"


def database_url(value: str | None) -> str:
    """The URL to use: ``value``, else ``$ANJUAN_DB``, else the default SQLite file. A bare path means SQLite."""
    raw = (value or os.environ.get(ENV_VAR, "")).strip()
    if not raw:
        path = default_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if "://" in raw:
        return _with_driver(raw)
    path = Path(raw).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _with_driver(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3 (the driver anjuan ships), not SQLAlchemy's psycopg2."""
    for bare in ("postgresql://", "postgres://"):
        if url.startswith(bare):
            return "postgresql+psycopg://" + url[len(bare) :]
    return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")  # readers never block the one writer
    cur.execute("PRAGMA synchronous=FULL")  # a committed decision survives a crash
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    connect_args = {}
    if make_url(url).get_backend_name() == "postgresql" and "options" not in make_url(url).query:
        connect_args["options"] = "-c timezone=UTC"  # datetimes come back in UTC whatever the server's zone
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (idempotent: a current schema is only read). Several processes opening one
    new database at once take turns (PostgreSQL: a transaction-scoped advisory lock; SQLite: a write transaction from
    the start — the driver would otherwise run the DDL outside any transaction): the later ones find the schema
    current and do nothing."""
    cfg = alembic_config()
    if revision == "head":
        with engine.connect() as conn:
            current = set(MigrationContext.configure(conn).get_current_heads())
        if current == set(ScriptDirectory.from_config(cfg).get_heads()):
            return
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATE_LOCK})
        elif conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
