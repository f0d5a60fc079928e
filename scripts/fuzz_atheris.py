"""Coverage-guided fuzzing (atheris, libFuzzer) of the analyzer, the decoder and the ingesters.

    pip install atheris   # a wheel for CPython 3.11 on x86-64 Linux; not a rasd dependency
    python scripts/fuzz_atheris.py analyze -atheris_runs=20000 [-max_len=4096] [-rss_limit_mb=2048]
    python scripts/fuzz_atheris.py decode  -atheris_runs=50000
    python scripts/fuzz_atheris.py ingest  -atheris_runs=20000   # needs the store extra

``scripts/fuzz.py`` draws seeded random inputs; this one lets libFuzzer mutate its inputs
toward code not yet reached (every loaded function is instrumented). A target fails on a crash
(any exception but a clear ``InputError`` naming its record), an offset violation, or a lost
record; libFuzzer then writes the input to ``crash-…`` and exits non-zero. ``-timeout=N``
makes one slow input a failure too. Every other libFuzzer flag passes through.

The targets are plain functions of ``bytes``, so the tests run them on a few inputs without
atheris (``tests/test_fuzz_targets.py``): the campaign cannot rot unseen.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile import SUFFIXES, check_decode, check_ingest  # noqa: E402

from rasd.errors import InputError  # noqa: E402

if TYPE_CHECKING:
    from rasd import Pipeline


def _text(data: bytes) -> str:
    """The fuzzer's bytes as text: their UTF-8 with the undecodable bytes left out, or, where
    none of them decodes, each byte as its code point (so no input is wasted)."""
    return data.decode("utf-8", errors="replace").replace("\ufffd", "") or data.decode("latin-1")


def analyze(data: bytes) -> None:
    """The full pipeline on one text: every span's offsets hold and the text is unchanged."""
    nlp = _pipeline()
    text = _text(data)
    published = "2017-05-10" if data[:1] in (b"a", b"b") else None
    try:
        doc = nlp(text, published=published, id="fuzz")
    except InputError as err:
        assert "fuzz" in str(err), f"an input error that names no record: {err}"
        return
    doc.check_offsets()
    assert doc.text == text, "the text changed"


@cache
def _pipeline() -> Pipeline:
    """Every stage, built once (before ``atheris.instrument_all`` when fuzzing)."""
    from rasd import Pipeline

    return Pipeline()


def decode(data: bytes) -> None:
    """Bytes as a file would give them: text, or one error that names the file."""
    check_decode(data)


def ingest(data: bytes) -> None:
    """Any bytes under any suffix the ingesters know (the first byte picks it) end as records
    or errors that name the file."""
    suffix = SUFFIXES[data[0] % len(SUFFIXES)] if data else ".txt"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data[1:])
        check_ingest(path)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "analyze": analyze,
    "decode": decode,
    "ingest": ingest,
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: fuzz_atheris.py {{{','.join(TARGETS)}}} [libFuzzer flags]")
    target = TARGETS[sys.argv[1]]
    try:
        import atheris
    except ImportError:
        sys.exit("atheris is not installed: pip install atheris")
    # load what the target runs, then instrument every function loaded (rasd is already
    # imported by this script, so instrument_imports would miss it)
    import rasd.inputs

    if target is analyze:
        _pipeline()  # the stages load their modules as they are built
    if target is ingest:
        import rasd.ingest.records  # noqa: F401
    atheris.instrument_all()
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
