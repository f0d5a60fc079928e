"""Load time of the shipped gazetteer index, against merely decompressing its file.

    python benchmarks/gazetteer_load.py [--runs 5]

Each run is a fresh process (as a cold ``rasd analyze`` is), timing only the load; the
baseline, measured in the same processes, is ``gzip`` reading the same file into lines.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

PROBE = """
import gzip, time
from importlib import resources
from rasd.places.gazetteer import RESOURCE, read_index
path = resources.files("rasd") / "resources" / RESOURCE
t = time.perf_counter()
with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
    lines = f.read().splitlines()
base = time.perf_counter() - t
t = time.perf_counter()
g = read_index()
load = time.perf_counter() - t
print(base, load, len(g), len(g.by_name))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bases, loads = [], []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, "-c", PROBE], check=True, capture_output=True, text=True
        ).stdout.split()
        bases.append(float(out[0]))
        loads.append(float(out[1]))
        entries, names = out[2], out[3]
    base, load = statistics.median(bases), statistics.median(loads)
    print(f"{entries} entries, {names} names")
    print(f"decompress only: {base:.3f} s; load index: {load:.3f} s ({load / base:.1f} x)")


if __name__ == "__main__":
    main()
