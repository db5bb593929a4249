"""`make serve-class`: two replicas behind HAProxy start, both answer, a browser session stays on
its replica (cookie, websocket and later requests), and shutdown leaves no process behind.

Oracle: HAProxy's own view (the X-Playground-Replica header it adds, `show stat` on its socket)
and the process table."""

import os
import shutil
import signal
import socket
import time
import urllib.request

import pytest

import e2e

pytestmark = pytest.mark.skipif(
    shutil.which("haproxy") is None and not os.environ.get("REQUIRE_BROWSER"),
    reason="haproxy is not installed (apt-get install haproxy); CI installs it",
)


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
    with e2e.class_server(replicas=2) as running:
        yield running


def test_both_replicas_answer_and_a_cookie_keeps_a_browser_on_one(classroom):
    url = f"{classroom.url}/_stcore/health"
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
        page.goto(classroom.url)
        page.get_by_role("heading", name="Deep Learning Playground").first.wait_for(timeout=60_000)
        page.locator('[data-testid="stSidebarNav"]').get_by_text("Tensors & broadcasting", exact=True).click()
        expect(page.get_by_text("broadcast to (3, 4)").first).to_be_visible(timeout=60_000)  # the app runs
        cookie = next(c["value"] for c in page.context.cookies() if c["name"] == "PLAYGROUND_REPLICA")
        response = page.request.get(f"{classroom.url}/_stcore/health")  # with the browser's cookies
        assert response.headers["x-playground-replica"] == cookie
        sessions = sessions_per_replica(classroom.socket)
        other = "r2" if cookie == "r1" else "r1"
        assert sessions[cookie] >= 1 and sessions[other] == 0, sessions  # the open websocket
        browser.close()


def test_shutdown_leaves_no_process_behind(classroom):
    launcher = classroom.launcher
    launcher.send_signal(signal.SIGTERM)
    assert launcher.wait(30) == 0
    time.sleep(0.5)
    alive = []
    for pid in classroom.pids:
        try:
            os.kill(pid, 0)
            alive.append(pid)
        except ProcessLookupError:
            pass
    assert not alive, f"still running: {alive}"
    with pytest.raises(OSError):
        urllib.request.urlopen(classroom.url, timeout=3)
