"""A throwaway PostgreSQL (initdb + pg_ctl in a temporary folder, on a free port; never the machine's
shared one) and a gunicorn server on it, for tests that stop the database or load the server."""

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]


def missing(reason):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: fault tests must run)")
    pytest.skip(reason)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def gunicorn(env, *options):
    """gunicorn serving the site in `env` on a free local port, once it answers; its base URL."""
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "r4blp.wsgi", "--bind", f"127.0.0.1:{port}", *options]
    process = subprocess.Popen(
        [*command, "--log-level", "warning"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _attempt in range(300):
            try:
                if requests.get(f"{url}/en/", timeout=30).status_code == 200:
                    break
            except requests.RequestException:
                time.sleep(0.2)
        else:
            pytest.fail("gunicorn did not serve the site")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


class ThrowawayPostgres:
    """One PostgreSQL cluster in a temporary folder, run as the `postgres` user when we are root
    (initdb refuses root)."""

    def __init__(self):
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
        if not found and not shutil.which("initdb"):
            missing("PostgreSQL server binaries (initdb, pg_ctl) not found")
        self.bin = Path(found[-1]).parent if found else Path(shutil.which("initdb")).parent
        self.folder = Path(tempfile.mkdtemp(prefix="r4blp-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.as_user = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.url = f"postgres://r4blp@127.0.0.1:{self.port}/r4blp"

    def run(self, tool, *args):
        return subprocess.run(
            [*self.as_user, str(self.bin / tool), *args],
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        )

    def create(self):
        self.run("initdb", "-D", str(self.data), "-U", "r4blp", "-A", "trust", "--no-sync", "-E", "UTF8")
        self.start()
        self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "r4blp", "r4blp")

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")

    def stop(self):
        self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def destroy(self):
        subprocess.run(
            [*self.as_user, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(self.folder, ignore_errors=True)

    def query(self, sql):
        import psycopg

        with psycopg.connect(f"postgresql://r4blp@127.0.0.1:{self.port}/r4blp") as connection:
            return connection.execute(sql).fetchall()


@pytest.fixture(scope="session")
def postgres():
    if os.environ.get("CI") == "true" and not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        pytest.skip("CI runs the fault tests once, in its PostgreSQL pass")
    database = ThrowawayPostgres()
    try:
        database.create()
        yield database
    finally:
        database.destroy()


@pytest.fixture(scope="session")
def server(postgres):
    """gunicorn serving the demo site from the throwaway PostgreSQL; its base URL."""
    env = {
        **os.environ,
        "DATABASE_URL": postgres.url,
        "DJANGO_SETTINGS_MODULE": "tests.faults.server_settings",
        "REDIS_URL": "",
    }
    for command in (["migrate", "--noinput", "-v0"], ["load_demo"]):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            timeout=600,
        )
    with gunicorn(env, "--workers", "2", "--threads", "10") as url:
        yield url
