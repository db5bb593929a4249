"""Run the real app and a real Chromium: used by the browser tests and by bench/ scripts."""

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def find_browser() -> str | None:
    """System Chromium first, then the one Playwright may have downloaded."""
    for candidate in (
        os.environ.get("CHROMIUM_PATH"),
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        shutil.which("chromium"),
        shutil.which("google-chrome"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            path = p.chromium.executable_path
        return path if Path(path).exists() else None
    except Exception:
        return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(
    log_path: Path | None = None,
    timeout_s: float = 90,
    launcher: list[str] | None = None,
    env: dict | None = None,
    root: Path = ROOT,
):
    """Start `streamlit run app.py` on a free loopback port; yield its base URL; stop it.
    `launcher` replaces `python -m streamlit` (a bench runs the app with something switched off);
    `env` adds variables (class mode, a teacher key, another store); `root` is another checkout of the app
    (a bench compares with an earlier commit)."""
    port = free_port()
    log_path = log_path or Path(os.environ.get("TMPDIR", "/tmp")) / f"streamlit-{port}.log"
    cmd = [
        *(launcher or [sys.executable, "-m", "streamlit"]),
        "run",
        str(root / "app.py"),
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
    ]
    with open(log_path, "w") as log:
        proc = subprocess.Popen(cmd, cwd=root, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start; log:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.3)
        yield url, proc, log_path
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def launch(playwright, executable_path: str):
    return playwright.chromium.launch(executable_path=executable_path, args=CHROMIUM_ARGS, headless=True)


def wait_idle(page, timeout_ms: int = 60_000):
    """Wait until Streamlit has finished the current script run."""
    page.wait_for_function(
        '() => !document.querySelector(\'[data-testid="stStatusWidget"] [data-testid="stStatusWidgetRunningIcon"]\')'
        " && document.querySelector('[data-testid=\"stApp\"]')?.getAttribute('data-test-script-state') !== 'running'",
        timeout=timeout_ms,
    )


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def memory_mb(pid: int) -> tuple[float, float]:
    """(RSS, PSS) of a process: PSS shares each library page among the processes mapping it."""
    pss = float("nan")
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            pss = int(line.split()[1]) / 1024
    return rss_mb(pid), pss


def cpu_seconds(pid: int) -> float:
    """User + system CPU a process has used so far (from /proc/<pid>/stat, in ticks of 10 ms)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100.0


def free_ports(count: int) -> list[int]:
    """`count` consecutive free loopback ports (serve_class puts replica i on first-replica-port + i)."""
    for _ in range(50):
        base = free_port()
        try:
            for port in range(base, base + count):
                with socket.socket() as s:
                    s.bind(("127.0.0.1", port))
            return list(range(base, base + count))
        except OSError:
            continue
    raise RuntimeError("no free ports")


@dataclass
class Classroom:
    url: str  # HAProxy's frontend
    replica_pids: list[int]
    pids: list[int]  # replicas and HAProxy
    socket: str  # HAProxy's stats socket
    launcher: subprocess.Popen


@contextlib.contextmanager
def class_server(replicas: int = 2, timeout_s: float = 180):
    """`scripts.serve_class` on free loopback ports: yields a Classroom once it printed "ready";
    stops it (SIGTERM, as Ctrl-C would) unless the caller already did."""
    proxy_port, first, *_ = free_ports(replicas + 1)
    launcher = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "scripts.serve_class",
            "--replicas",
            str(replicas),
            "--port",
            str(proxy_port),
            "--bind",
            "127.0.0.1",
            "--first-replica-port",
            str(first),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        lines, deadline = [], time.monotonic() + timeout_s
        while not any(line.startswith("ready") for line in lines):
            line = launcher.stdout.readline()
            if not line and launcher.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"serve_class did not start:\n{''.join(lines)}")
            lines.append(line)
        text = "".join(lines)
        yield Classroom(
            f"http://127.0.0.1:{proxy_port}",
            [int(p) for p in re.findall(r"replica \S+ pid (\d+)", text)],
            [int(p) for p in re.findall(r"pid (\d+)", text)],
            re.search(r"socket (\S+)", text).group(1),
            launcher,
        )
    finally:
        if launcher.poll() is None:
            launcher.send_signal(signal.SIGTERM)
            launcher.wait(60)
