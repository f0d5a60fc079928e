"""The coverage-guided fuzz targets of scripts/fuzz_atheris.py, run on a few inputs without
atheris, so the campaign's checks cannot rot: each passes on good and hostile input and each
fails where its check is broken."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from rasd.document import Document

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("fuzz_atheris", ROOT / "scripts" / "fuzz_atheris.py")
assert spec and spec.loader
fuzz = importlib.util.module_from_spec(spec)
sys.modules["fuzz_atheris"] = fuzz
spec.loader.exec_module(fuzz)

INPUTS = [
    b"",
    'وقال زيد: "وصلنا إلى الرقة في 26 بريل /نيسان." وأضاف أن 3 الأف مقاتل فروا'.encode(),
    "\u202b«قال»\u200d \U00010d40 آلاف <script>x</script>".encode(),
    b"\xff\xfe\x00\xd8garbage\x00",
    b"a" + "هذا نص طويل ".encode() * 50,
]


@pytest.mark.parametrize("name", ["analyze", "decode"])
@pytest.mark.parametrize("data", INPUTS)
def test_each_target_passes_good_and_hostile_input(name: str, data: bytes) -> None:
    fuzz.TARGETS[name](data)


@pytest.mark.parametrize("data", [bytes([n]) + b"\x1f\x8b\x08garbage" for n in range(8)])
def test_the_ingest_target_reads_every_suffix(data: bytes) -> None:
    pytest.importorskip("warcio", reason="the store extra (warcio) is not installed")
    fuzz.ingest(data)


def test_the_analyze_target_fails_on_an_offset_violation(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Document) -> None:
        raise ValueError("span 0: text[0:1] is not its text")

    monkeypatch.setattr(Document, "check_offsets", broken)
    with pytest.raises(ValueError, match="is not its text"):
        fuzz.analyze("قال زيد".encode())


def test_the_text_of_the_fuzzer_keeps_every_byte_it_can() -> None:
    assert fuzz._text("الرقة".encode()) == "الرقة"
    assert fuzz._text(b"\xff\xfe") == "\xff\xfe"  # no UTF-8 at all: the bytes as code points
