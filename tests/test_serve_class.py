"""`make serve-class`: two replicas behind HAProxy start, both answer, a browser session stays on
its replica (cookie, websocket and later requests), and shutdown leaves no process behind.

Oracle: HAProxy's own view (the X-Playground-Replica header it adds, `show stat` on its socket)
and the process table."""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

import e2e
from conftest import ROOT

pytestmark = pytest.mark.skipif(
    shutil.which("haproxy") is None and not os.environ.get("REQUIRE_BROWSER"),
    reason="haproxy is not installed (apt-get install haproxy); CI installs it",
)


def free_ports(count: int) -> list[int]:
    """`count` consecutive free loopback ports (replicas take first-replica-port + i)."""
    for _ in range(50):
        base = e2e.free_port()
        try:
            for port in range(base, base + count):
                with socket.socket() as s:
                    s.bind(("127.0.0.1", port))
            return list(range(base, base + count))
        except OSError:
            continue
    raise RuntimeError("no free ports")


def replica_of(url: str, cookie: str | None = None) -> str:
    request = urllib.request.Request(url, headers={"Cookie": f"PLAYGROUND_REPLICA={cookie}"} if cookie else {})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers["X-Playground-Replica"]


def sessions_per_replica(sock_path: str) -> dict[str, int]:
    """Current connections per server, from HAProxy's `show stat` CSV."""
    with socket.socket(socket.AF_UNIX) as s:
        s.connect(sock_path)
        s.sendall(b"show stat\n")
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    header, *rows = data.decode().strip().splitlines()
    names = header.lstrip("# ").split(",")
    table = [dict(zip(names, row.split(","), strict=False)) for row in rows]
    return {r["svname"]: int(r["scur"]) for r in table if r["pxname"] == "playground" and r["svname"].startswith("r")}


@pytest.fixture(scope="module")
def classroom():
    proxy_port, first, _ = free_ports(3)
    launcher = subprocess.Popen([sys.executable, "-m", "scripts.serve_class", "--replicas", "2", "--port",
                                 str(proxy_port), "--bind", "127.0.0.1", "--first-replica-port", str(first)],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)  # fmt: skip
    lines, deadline = [], time.monotonic() + 180
    while not any(line.startswith("ready") for line in lines):
        line = launcher.stdout.readline()
        assert line or launcher.poll() is None, f"launcher exited: {''.join(lines)}"
        lines.append(line)
        assert time.monotonic() < deadline, "".join(lines)
    text = "".join(lines)
    pids = [int(pid) for pid in re.findall(r"pid (\d+)", text)]
    socket_path = re.search(r"socket (\S+)", text).group(1)
    yield {"url": f"http://127.0.0.1:{proxy_port}", "pids": pids, "socket": socket_path, "launcher": launcher}
    if launcher.poll() is None:  # the shutdown test did not run
        launcher.send_signal(signal.SIGTERM)
        launcher.wait(30)


def test_both_replicas_answer_and_a_cookie_keeps_a_browser_on_one(classroom):
    url = f"{classroom['url']}/_stcore/health"
    assert {replica_of(url) for _ in range(4)} == {"r1", "r2"}, "new visitors are spread over both"
    for replica in ("r1", "r2"):
        assert {replica_of(url, replica) for _ in range(5)} == {replica}, "the cookie pins a replica"


def test_a_browser_session_and_its_websocket_stay_on_their_replica(classroom):
    from playwright.sync_api import expect, sync_playwright

    browser_path = e2e.find_browser()
    if browser_path is None:
        pytest.skip("no Chromium")
    with sync_playwright() as p:
        browser = e2e.launch(p, browser_path)
        page = browser.new_page()
        page.goto(classroom["url"])
        page.get_by_role("heading", name="Deep Learning Playground").first.wait_for(timeout=60_000)
        page.locator('[data-testid="stSidebarNav"]').get_by_text("Tensors & broadcasting", exact=True).click()
        expect(page.get_by_text("broadcast to (3, 4)").first).to_be_visible(timeout=60_000)  # the app runs
        cookie = next(c["value"] for c in page.context.cookies() if c["name"] == "PLAYGROUND_REPLICA")
        response = page.request.get(f"{classroom['url']}/_stcore/health")  # with the browser's cookies
        assert response.headers["x-playground-replica"] == cookie
        sessions = sessions_per_replica(classroom["socket"])
        other = "r2" if cookie == "r1" else "r1"
        assert sessions[cookie] >= 1 and sessions[other] == 0, sessions  # the open websocket
        browser.close()


def test_shutdown_leaves_no_process_behind(classroom):
    launcher = classroom["launcher"]
    launcher.send_signal(signal.SIGTERM)
    assert launcher.wait(30) == 0
    time.sleep(0.5)
    alive = []
    for pid in classroom["pids"]:
        try:
            os.kill(pid, 0)
            alive.append(pid)
        except ProcessLookupError:
            pass
    assert not alive, f"still running: {alive}"
    with pytest.raises(OSError):
        urllib.request.urlopen(classroom["url"], timeout=3)
