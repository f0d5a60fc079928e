"""Fuzz campaign: many seeded hostile texts through the full pipeline, watched for hangs.

    python scripts/fuzz.py [--count 100000] [--seed 0] [--hang 30] [--failures fuzz-failures.jsonl]

Input ``i`` is made from ``random.Random(f"{seed}:{i}")`` by mixing the hostile pieces of
``tests/hostile.py`` (RTL and zero-width marks, every kind of quotation mark, HTML, digits of
several scripts, Arabic words, emoji …) with random code points, at lengths of 4 to 4,096
characters (mostly under 256), so every failure can be made again from its number. A child process
analyzes them and checks every offset; the parent kills and restarts it when one input takes
longer than ``--hang`` seconds. Prints the counts of inputs, crashes, offset violations and
hangs; exits 1 if there was any, writing them (number, kind, message) to ``--failures``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import time
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile import PIECES  # noqa: E402

# Code point ranges to draw from: ASCII, Arabic and its supplements and presentation forms,
# format and space characters, other scripts, emoji; surrogates are left out (rasd rejects
# them as input errors, tested apart).
RANGES = [
    (0x20, 0x7E),
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
    (0x2000, 0x206F),
    (0x0000, 0x001F),
    (0x0080, 0x024F),
    (0x0590, 0x05FF),
    (0x0400, 0x04FF),
    (0x4E00, 0x4E80),
    (0x1F300, 0x1F6FF),
    (0xE000, 0xE010),
    (0x10FFF0, 0x10FFFF),
]


def make_input(seed: int, number: int) -> str:
    rng = random.Random(f"{seed}:{number}")
    # mostly short texts, so a campaign tries many; long ones are tests/test_hostile.py's
    size = rng.choices((4, 16, 64, 128, 256, 1024, 4096), weights=(20, 30, 30, 20, 10, 2, 0.5))[0]
    parts: list[str] = []
    length = 0
    while length < size:
        if rng.random() < 0.6:
            part = rng.choice(PIECES) * (rng.randint(1, 40) if rng.random() < 0.05 else 1)
        else:
            low, high = rng.choice(RANGES)
            part = "".join(chr(rng.randint(low, high)) for _ in range(rng.randint(1, 8)))
        parts.append(part)
        length += len(part)
    return "".join(parts)[:size]


def worker(seed: int, start: int, stop: int, progress: Synchronized, failures: str) -> None:
    import rasd

    nlp = rasd.Pipeline()
    with open(failures, "a", encoding="utf-8") as out:
        for number in range(start, stop):
            progress.value = number
            text = make_input(seed, number)
            try:
                doc = nlp(text, id=str(number))
            except rasd.InputError as err:
                kind, message = "input error", str(err)  # a clear error is no crash: counted
            except Exception as err:
                kind, message = "crash", f"{type(err).__name__}: {err}"
            else:
                try:
                    doc.check_offsets()
                    assert doc.text == text, "the text changed"
                    continue
                except (ValueError, AssertionError) as err:
                    kind, message = "offset violation", str(err)
            out.write(json.dumps({"input": number, "kind": kind, "message": message[:500]}) + "\n")
            out.flush()
    progress.value = stop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--hang", type=float, default=30.0, help="seconds one input may take")
    parser.add_argument("--failures", type=Path, default=Path("fuzz-failures.jsonl"))
    args = parser.parse_args()
    args.failures.write_text("", encoding="utf-8")
    context = multiprocessing.get_context("spawn")
    progress = context.Value("q", 0)
    started = time.perf_counter()
    hangs: list[int] = []
    start = 0
    while start < args.count:
        progress.value = start
        child = context.Process(
            target=worker, args=(args.seed, start, args.count, progress, str(args.failures))
        )
        child.start()
        seen, since = -1, time.monotonic()
        while child.is_alive():
            child.join(0.5)
            if progress.value != seen:
                seen, since = progress.value, time.monotonic()
            elif time.monotonic() - since > args.hang + 20:  # 20 s for the pipeline to load
                child.kill()
                child.join()
                hangs.append(seen)
                with args.failures.open("a", encoding="utf-8") as out:
                    message = f"took over {args.hang} s"
                    out.write(json.dumps({"input": seen, "kind": "hang", "message": message}))
                    out.write("\n")
                break
        if child.exitcode not in (0, None) and not (hangs and hangs[-1] == seen):
            with args.failures.open("a", encoding="utf-8") as out:
                message = f"the process died (exit {child.exitcode})"
                out.write(json.dumps({"input": progress.value, "kind": "died", "message": message}))
                out.write("\n")
        start = progress.value + 1 if progress.value < args.count else args.count
    seconds = time.perf_counter() - started
    rows = [json.loads(line) for line in args.failures.read_text(encoding="utf-8").splitlines()]
    counts = {
        kind: sum(r["kind"] == kind for r in rows)
        for kind in ("crash", "offset violation", "hang", "died", "input error")
    }
    print(
        f"{args.count} inputs (seed {args.seed}) in {seconds:.0f} s "
        f"({args.count / seconds:.0f}/s): " + ", ".join(f"{n} {k}" for k, n in counts.items())
    )
    bad = sum(n for kind, n in counts.items() if kind != "input error")
    if bad:
        print(f"failures in {args.failures}")
        sys.exit(1)


if __name__ == "__main__":
    main()
