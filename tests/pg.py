"""A throwaway PostgreSQL server for the test suite: one cluster per pytest run, one fresh database per test.

``Cluster.start()`` runs ``initdb`` into a private temp dir (as the ``postgres`` OS user when we are root: the server
refuses to run as root), listens on 127.0.0.1 only, on a free port, with trust authentication and durability off
(fsync etc.: a test database need not survive a power cut; a killed *client* still loses nothing). ``stop()`` (also
registered with ``atexit``, so Ctrl-C cleans up) stops the server and deletes the directory.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

REQUIRE_ENV = "ANJUAN_REQUIRE_PG"  # "1": a missing or broken PostgreSQL fails the postgresql tests (make test sets it)
OS_USER = "postgres"
PREFIX = "anjuan-pg-"


class PgUnavailable(RuntimeError):
    """The PostgreSQL server binaries are not installed."""


def bindir() -> Path | None:
    """Where ``initdb``/``pg_ctl`` are: ``$ANJUAN_PG_BINDIR``, ``pg_config --bindir``, else the newest
    /usr/lib/postgresql/*/bin (Debian), else $PATH."""
    candidates: list[str] = []
    if os.environ.get("ANJUAN_PG_BINDIR"):
        candidates.append(os.environ["ANJUAN_PG_BINDIR"])
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True)
            candidates.append(out.stdout.strip())
        except (OSError, subprocess.SubprocessError):
            pass
    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name or 0))
    candidates.extend(reversed(debian))
    found = shutil.which("initdb")
    if found:
        candidates.append(str(Path(found).parent))
    for c in candidates:
        if c and (Path(c) / "initdb").is_file() and (Path(c) / "pg_ctl").is_file():
            return Path(c)
    return None


def _base_dir() -> Path:
    """The temp dir, if every folder above it lets others through (the server runs as ``postgres``), else /tmp."""
    base = Path(tempfile.gettempdir()).resolve()
    if os.geteuid() != 0 or all(p.stat().st_mode & 0o001 for p in (base, *base.parents)):
        return base
    return Path("/tmp")


def _remove_orphans() -> None:
    """Stop and delete the clusters of earlier runs that were killed (SIGKILL skips ``atexit``): their owner is gone."""
    for folder in _base_dir().glob(f"{PREFIX}*"):
        try:
            owner = int((folder / "owner.pid").read_text())
            os.kill(owner, 0)
            continue  # its pytest still runs
        except ProcessLookupError:
            pass
        except (OSError, ValueError):
            continue  # not ours to judge
        pid_file = folder / "data" / "postmaster.pid"
        try:
            postmaster = int(pid_file.read_text().split()[0])
            if str(folder).encode() in Path(f"/proc/{postmaster}/cmdline").read_bytes():  # that server, no other
                os.kill(postmaster, signal.SIGQUIT)  # immediate shutdown
        except (OSError, ValueError, IndexError):
            pass
        shutil.rmtree(folder, ignore_errors=True)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self) -> None:
        self.bin = bindir()
        self.dir: Path | None = None
        self.port = 0
        self._admin = None
        self._run_as: pwd.struct_passwd | None = None

    # -- life cycle -------------------------------------------------------------------------------------------------
    def start(self) -> Cluster:
        if self.bin is None:
            raise PgUnavailable(
                "没有找到 PostgreSQL 服务器程序（initdb、pg_ctl）：请安装 Debian 软件包 postgresql，"
                "或设置 ANJUAN_PG_BINDIR"
            )
        if os.geteuid() == 0:
            try:
                pw = pwd.getpwnam(OS_USER)
            except KeyError as e:
                raise RuntimeError(f"以 root 运行时需要系统用户 {OS_USER}（PostgreSQL 不以 root 运行）") from e
            self._run_as = pw
        _remove_orphans()
        self.dir = Path(tempfile.mkdtemp(prefix=PREFIX, dir=_base_dir()))
        atexit.register(self.stop)
        (self.dir / "owner.pid").write_text(str(os.getpid()))
        if self._run_as is not None:
            os.chown(self.dir, self._run_as.pw_uid, self._run_as.pw_gid)
        data = self.dir / "data"
        self._pg("initdb", "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync")
        last = ""
        for _ in range(3):  # a free port may be taken between the probe and the bind: try another
            self.port = _free_port()
            options = " ".join(
                [
                    "-c listen_addresses=127.0.0.1",
                    f"-c port={self.port}",
                    f"-c unix_socket_directories={self.dir}",
                    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                    "-c max_connections=200 -c shared_buffers=32MB",
                    "-c timezone=UTC",
                ]
            )
            proc = self._pg(
                "pg_ctl",
                "-D",
                str(data),
                "-l",
                str(self.dir / "server.log"),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start",
                check=False,
            )
            if proc.returncode == 0:
                self._admin = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
                return self
            last = self._log_tail()
        raise RuntimeError(f"PostgreSQL 测试服务器未能启动：{last}")

    def stop(self) -> None:
        if self.dir is None:
            return
        if self._admin is not None:
            self._admin.dispose()
            self._admin = None
        data = self.dir / "data"
        if (data / "postmaster.pid").exists():
            self._pg("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None

    # -- databases --------------------------------------------------------------------------------------------------
    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create(self, template: str | None = None) -> str:
        """A new database (empty, or a copy of ``template``, which must have no open connections); its URL."""
        name = f"t_{uuid.uuid4().hex[:16]}"
        sql = f'CREATE DATABASE "{name}"'
        if template:
            sql += f' TEMPLATE "{template}" STRATEGY FILE_COPY'
        with self._engine().connect() as conn:
            if template:  # a Store left open on the template would make the copy fail: its connections go
                conn.execute(
                    text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d"),
                    {"d": template},
                )
            conn.execute(text(sql))
        return self.url(name)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self._engine().connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def _engine(self):
        if self._admin is None:
            raise RuntimeError("PostgreSQL 测试服务器没有运行")
        return self._admin

    # -- helpers ----------------------------------------------------------------------------------------------------
    def _pg(self, program: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        assert self.bin is not None and self.dir is not None
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "HOME": str(self.dir)}
        kw: dict = {}
        if self._run_as is not None:
            kw = {"user": self._run_as.pw_uid, "group": self._run_as.pw_gid, "extra_groups": []}
        proc = subprocess.run(
            [str(self.bin / program), *args], capture_output=True, text=True, env=env, cwd=self.dir, timeout=120, **kw
        )
        if check and proc.returncode != 0:
            raise RuntimeError(f"{program} 失败（退出码 {proc.returncode}）：{(proc.stderr or proc.stdout).strip()}")
        return proc

    def _log_tail(self) -> str:
        assert self.dir is not None
        try:
            return (self.dir / "server.log").read_text(errors="replace").strip().splitlines()[-1]
        except (OSError, IndexError):
            return "（没有日志）"


def clone(url: str, dest: Path, cluster: Cluster | None) -> str:
    """A private copy of the database at ``url`` (close every Store on it first): a file copy for SQLite, a
    ``CREATE DATABASE … TEMPLATE`` for PostgreSQL."""
    if url.startswith("sqlite"):
        src = Path(url.removeprefix("sqlite:///"))
        copy = dest / f"copy-{uuid.uuid4().hex[:8]}.db"
        shutil.copy(src, copy)
        return f"sqlite:///{copy}"
    if cluster is None:
        raise ValueError("clone: a PostgreSQL URL needs the cluster")
    return cluster.create(template=make_url(url).database)


def new_database(backend: str, request, folder: Path) -> str:
    """A fresh database for a module- or session-scoped fixture that follows the ``db_backend`` fixture
    (``request`` is the fixture's ``pytest.FixtureRequest``; ``folder`` a temp dir for SQLite)."""
    if backend == "sqlite":
        return f"sqlite:///{folder / f'anjuan-{uuid.uuid4().hex[:8]}.db'}"
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    return cluster.create()
