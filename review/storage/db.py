"""Where the database is and how it is opened: ``--db`` / ``$ANJUAN_DB`` (any SQLAlchemy URL, or a plain file path),
else a SQLite file in the user's data directory. Opening migrates the schema to the newest Alembic revision."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event

ENV_VAR = "ANJUAN_DB"
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
        return raw
    path = Path(raw).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


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
    return create_engine(url, pool_pre_ping=True)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (idempotent)."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
