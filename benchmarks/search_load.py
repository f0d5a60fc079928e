"""Search latency of the JSON API under concurrent clients, against a static file baseline.

    python benchmarks/search_load.py --db rasd.db [--clients 20] [--requests 2000]
        [--seconds 60] [--workers 1]

Starts ``rasd serve --workers N`` on 127.0.0.1 (a free port) in its own process, then runs
``--clients`` threads that each send GET /api/search?q=WORD with words typed as readers type
them (with and without ال and clitics), until ``--requests`` requests are done or
``--seconds`` have passed. Prints p50/p95/p99 latency, requests/s, the same for GET of the
stylesheet (the HTTP baseline, same server, same run), the p95 ratio, and the server's CPU
time per request (its processes, read from /proc: steadier than latency on a shared box).
Build the store first, e.g. ``rasd ingest ../shared/data/news --limit 5000 --db rasd.db``.
"""

from __future__ import annotations

import argparse
import itertools
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from rasd.store import Store

QUERIES = (
    "الرقة",
    "السعودية",
    "بالرياض",
    "الرياض",
    "وزير الخارجية",
    "اليمن",
    "والنفط",
    "الأمير",
    "داعش",
    "المملكة العربية",
    "الحوثيين",
    "مجلس الأمن",
    "للاتحاد",
    "أسعار",
    "الهلال",
    "كلمة_لا_توجد",
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _load(base: str, paths: list[str], clients: int, requests: int, seconds: float) -> list[float]:
    """Latencies (s) of up to ``requests`` GETs of ``paths`` (in turn) from ``clients`` threads."""
    latencies: list[float] = []
    lock = threading.Lock()
    counter = itertools.count()
    deadline = time.perf_counter() + seconds

    def client() -> None:
        with httpx.Client(base_url=base, timeout=30) as http:
            while time.perf_counter() < deadline:
                n = next(counter)
                if n >= requests:
                    return
                start = time.perf_counter()
                response = http.get(paths[n % len(paths)])
                took = time.perf_counter() - start
                response.raise_for_status()
                with lock:
                    latencies.append(took)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of process ``pid`` and its children now running (the
    workers), read from /proc; 0 where there is no /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat.parent.name) == pid or int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _report(name: str, latencies: list[float], wall: float) -> float:
    cuts = statistics.quantiles(latencies, n=100)
    p50, p95, p99 = cuts[49], cuts[94], cuts[98]
    print(
        f"{name:<10} {len(latencies):>6} requests  {len(latencies) / wall:>7.1f} req/s  "
        f"p50 {p50 * 1000:6.1f} ms  p95 {p95 * 1000:6.1f} ms  p99 {p99 * 1000:6.1f} ms"
    )
    return p95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="rasd.db")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    if "://" not in args.db and not Path(args.db).exists():
        sys.exit(f"{args.db} is absent: ingest a corpus first (see the docstring)")
    with Store(args.db) as store:
        print(f"store: {store.url}: {store.counts()['articles']} articles")
    port = _free_port()
    rasd = Path(sys.executable).with_name("rasd")
    command = [str(rasd), "serve", "--db", args.db, "--port", str(port)]
    server = subprocess.Popen([*command, "--workers", str(args.workers)])
    base = f"http://127.0.0.1:{port}"
    deadline = time.perf_counter() + 60
    while True:
        try:
            httpx.get(f"{base}/static/style.css").raise_for_status()
            break
        except httpx.HTTPError:
            if time.perf_counter() > deadline or server.poll() is not None:
                server.kill()
                sys.exit("the server did not start")
            time.sleep(0.2)
    print(f"server: {' '.join(command)} --workers {args.workers}; {args.clients} clients")
    try:
        search = [f"/api/search?q={q}" for q in QUERIES]
        _load(base, search, 4, 2 * len(QUERIES), 10)  # warm the caches once per query
        start, cpu = time.perf_counter(), _cpu_seconds(server.pid)
        latencies = _load(base, search, args.clients, args.requests, args.seconds)
        p95 = _report("search", latencies, time.perf_counter() - start)
        search_cpu = (_cpu_seconds(server.pid) - cpu) / len(latencies)
        start, cpu = time.perf_counter(), _cpu_seconds(server.pid)
        baseline = _load(base, ["/static/style.css"], args.clients, args.requests, args.seconds)
        p95_static = _report("static", baseline, time.perf_counter() - start)
        static_cpu = (_cpu_seconds(server.pid) - cpu) / len(baseline)
        print(
            f"server CPU per request: search {search_cpu * 1000:.2f} ms, "
            f"static {static_cpu * 1000:.2f} ms"
        )
        print(f"search p95 / static p95: {p95 / p95_static:.1f}x;  bar: p95 < 100 ms")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
