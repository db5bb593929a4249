"""Serve a classroom: N Streamlit replicas of the playground behind HAProxy, on one port.

    make serve-class REPLICAS=4 PORT=8500        # or: python -m scripts.serve_class --replicas 4

Each replica is a normal `streamlit run app.py` on its own loopback port with PLAYGROUND_THREADS set
to its share of the cores (so replicas training at once never oversubscribe the CPU). HAProxy
(`deploy/haproxy.cfg`) sends each new browser to the replica with the fewest connections and keeps
it there with a cookie. A replica that dies is started again on its port (its learners reconnect to
another replica meanwhile, and their progress is in the store); Ctrl-C or SIGTERM stops HAProxy and
every replica, and so does HAProxy exiting. Nothing is left running.

Class mode: `CLASS=<code>` (PLAYGROUND_CLASS) and a teacher key (PLAYGROUND_TEACHER_KEY) reach every
replica through the environment, and so does PLAYGROUND_DB_URL for a store on another machine.

`--remote HOST:PORT` adds replicas started on other machines (see README); `--print-config` writes
the HAProxy configuration for them to stdout instead of serving.
"""

import argparse
import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "haproxy.cfg"
HAPROXY = "haproxy"


def haproxy_config(bind: str, servers: list[tuple[str, str]], socket: Path) -> str:
    """The template with the frontend's address, the stats socket and one `server` line per
    (name, host:port)."""
    lines = "\n".join(f"    server {name} {address} cookie {name}" for name, address in servers)
    return (
        TEMPLATE.read_text().replace("__BIND__", bind).replace("__SERVERS__", lines).replace("__SOCKET__", str(socket))
    )


def threads_per_replica(replicas: int) -> int:
    return max(1, len(os.sched_getaffinity(0)) // max(replicas, 1))


def start_replica(port: int, threads: int, log: Path) -> subprocess.Popen:
    env = {**os.environ, "PLAYGROUND_THREADS": str(threads)}
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "app.py"),
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
    ]
    # a session of its own, so stopping the group stops everything the replica started
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True
    )


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().strip() == b"ok"
    except OSError:
        return False


def wait_until(check, what: str, processes: list[subprocess.Popen], timeout_s: float = 120.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        for proc in processes:
            if proc.poll() is not None:
                raise RuntimeError(f"{what}: a process exited with code {proc.returncode} while starting")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not become healthy within {timeout_s:.0f} s")
        time.sleep(0.3)


def stop(processes: list[subprocess.Popen], grace_s: float = 10.0) -> None:
    """SIGTERM each process group, then SIGKILL whatever is still there after the grace period."""
    for proc in processes:
        if proc.poll() is None:
            _signal_group(proc, signal.SIGTERM)
    deadline = time.monotonic() + grace_s
    for proc in processes:
        try:
            proc.wait(timeout=max(deadline - time.monotonic(), 0.1))
        except subprocess.TimeoutExpired:
            _signal_group(proc, signal.SIGKILL)
            proc.wait()


def _signal_group(proc: subprocess.Popen, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--replicas", type=int, default=2, help="Streamlit servers on this machine")
    parser.add_argument("--port", type=int, default=8500, help="the port learners open")
    parser.add_argument("--bind", default="0.0.0.0", help="address HAProxy listens on")
    parser.add_argument("--first-replica-port", type=int, default=8501)
    parser.add_argument(
        "--remote",
        action="append",
        default=[],
        metavar="HOST:PORT",
        help="a replica running on another machine (repeat for each)",
    )
    parser.add_argument("--print-config", action="store_true", help="print the HAProxy configuration and exit")
    args = parser.parse_args(argv)
    if args.replicas < 0 or (args.replicas == 0 and not args.remote):
        parser.error("need at least one replica (--replicas N or --remote HOST:PORT)")

    ports = [args.first_replica_port + i for i in range(args.replicas)]
    servers = [(f"r{i + 1}", f"127.0.0.1:{port}") for i, port in enumerate(ports)]
    servers += [(f"remote{i + 1}", address) for i, address in enumerate(args.remote)]
    if args.print_config:  # for a load balancer machine in front of replicas elsewhere
        print(haproxy_config(f"{args.bind}:{args.port}", servers, Path("/run/haproxy/playground.sock")))
        return 0
    run_dir = Path(tempfile.mkdtemp(prefix="playground-class-"))
    config = haproxy_config(f"{args.bind}:{args.port}", servers, run_dir / "haproxy.sock")
    (run_dir / "haproxy.cfg").write_text(config)
    threads = threads_per_replica(args.replicas)
    processes: list[subprocess.Popen] = []

    def on_signal(signum, frame):
        raise KeyboardInterrupt  # SIGTERM stops the class the way Ctrl-C does

    signal.signal(signal.SIGTERM, on_signal)
    try:
        for (name, _), port in zip(servers, ports, strict=False):
            proc = start_replica(port, threads, run_dir / f"{name}.log")
            processes.append(proc)
            print(
                f"replica {name} pid {proc.pid} port {port} threads {threads} log {run_dir / f'{name}.log'}", flush=True
            )
        subprocess.run([HAPROXY, "-c", "-q", "-f", str(run_dir / "haproxy.cfg")], check=True)
        for port in ports:
            wait_until(
                lambda port=port: healthy(f"http://127.0.0.1:{port}/_stcore/health"), f"replica on {port}", processes
            )
        proxy = subprocess.Popen(
            [HAPROXY, "-db", "-f", str(run_dir / "haproxy.cfg")],
            start_new_session=True,
            stdout=(run_dir / "haproxy.log").open("w"),
            stderr=subprocess.STDOUT,
        )
        processes.append(proxy)
        print(f"haproxy pid {proxy.pid} config {run_dir / 'haproxy.cfg'} socket {run_dir / 'haproxy.sock'}", flush=True)
        local = f"http://127.0.0.1:{args.port}"
        wait_until(lambda: healthy(f"{local}/_stcore/health"), "HAProxy", processes)
        print(f"ready {local} ({len(servers)} replicas; Ctrl-C stops them all)", flush=True)
        while proxy.poll() is None:
            time.sleep(0.5)
            for i, port in enumerate(ports):
                if processes[i].poll() is not None:  # a replica died: the others serve while it comes back
                    dead = processes[i]
                    processes[i] = start_replica(port, threads, run_dir / f"r{i + 1}.log")
                    print(
                        f"replica r{i + 1} pid {dead.pid} exited with code {dead.returncode}; restarted as pid "
                        f"{processes[i].pid}",
                        flush=True,
                    )
        print(f"haproxy exited with code {proxy.returncode}; stopping the class", flush=True)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):  # a second Ctrl-C must not cut the shutdown short
            signal.signal(sig, signal.SIG_IGN)
        stop(processes)
        print("stopped", flush=True)


if __name__ == "__main__":
    sys.exit(main())
