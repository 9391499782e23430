"""Fixtures shared by every test package.

``db_url`` gives each test a fresh, empty database, once on SQLite and once on a real PostgreSQL server (test ids
``[sqlite]`` and ``[postgresql]``). The server is one throwaway cluster per run (tests/pg.py). Without PostgreSQL
installed the postgresql tests are skipped, unless ``ANJUAN_REQUIRE_PG=1`` (``make test``), when they fail.
A slow test that gains nothing from running twice can pick one backend:
``@pytest.mark.parametrize("db_backend", ["postgresql"], indirect=True)``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.pg import REQUIRE_ENV, Cluster, PgUnavailable, clone

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """The run's PostgreSQL server (started on first use, stopped and deleted at the end of the session)."""
    cluster = Cluster()
    missing = ""
    try:
        cluster.start()
    except PgUnavailable as e:
        missing = str(e)
    except BaseException:
        cluster.stop()
        raise
    if missing:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{missing}（{REQUIRE_ENV}=1：PostgreSQL 测试不可跳过）", pytrace=False)
        pytest.skip(missing)
    yield cluster
    cluster.stop()


@pytest.fixture(scope="module", params=BACKENDS)
def db_backend(request: pytest.FixtureRequest) -> str:
    """The backend, "sqlite" or "postgresql"; module-scoped, so a module's own module-scoped database fixtures can
    follow it (``tests.pg.new_database``)."""
    return request.param


@pytest.fixture
def db_url(db_backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL for one test: a SQLite file in the test's temp dir, or a new PostgreSQL database."""
    if db_backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'anjuan.db'}"
        return
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    url = cluster.create()
    yield url
    cluster.drop(url)


@pytest.fixture
def db_clone(db_backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """``db_clone(url)``: a private copy of a database of this backend (e.g. one a module-scoped fixture seeded)."""
    cluster: Cluster | None = request.getfixturevalue("pg_cluster") if db_backend == "postgresql" else None
    made: list[str] = []

    def copy(url: str) -> str:
        made.append(clone(url, tmp_path, cluster))
        return made[-1]

    yield copy
    if cluster is not None:
        for url in made:
            cluster.drop(url)
