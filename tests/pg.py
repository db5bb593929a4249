"""A real PostgreSQL server for tests and benches: Debian's postgresql package, a private cluster in a
temporary folder on a free loopback port, started and stopped here (a fault test stops it mid-run).

As root (CI), the cluster belongs to the `postgres` user that the package creates, since PostgreSQL
refuses to run as root.
"""

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


class Postgres:
    def __init__(self, root: Path, port: int):
        self.root, self.port = root, port
        self.data = root / "data"
        self.bin = binaries()
        self.owner = "postgres" if os.geteuid() == 0 else None
        self.url = f"postgresql://postgres@127.0.0.1:{port}/postgres"

    def _run(self, *args: str, check=True) -> subprocess.CompletedProcess:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.owner:
            command = ["runuser", "-u", self.owner, "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)

    def init(self) -> None:
        if self.owner:
            shutil.chown(self.root, pwd.getpwnam(self.owner).pw_uid)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8")

    def start(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off -c max_connections=200"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def reset(self) -> None:
        """A fresh database for the next test: drop everything the last one made."""
        import sqlalchemy

        engine = sqlalchemy.create_engine(self.url.replace("postgresql://", "postgresql+psycopg://"))
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        engine.dispose()


@contextlib.contextmanager
def postgres_server():
    """Yields a running Postgres, or None when the package is not installed."""
    if binaries() is None:
        yield None
        return
    root = Path(tempfile.mkdtemp(prefix="playground-pg-"))
    server = Postgres(root, free_port())
    try:
        server.init()
        server.start()
        deadline = time.monotonic() + 30
        while server._run("pg_isready", "-h", "127.0.0.1", "-p", str(server.port), check=False).returncode:
            if time.monotonic() > deadline:
                raise RuntimeError((root / "log").read_text())
            time.sleep(0.2)
        yield server
    finally:
        server.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)
