"""Hostile files for the ingesters: truncated archives and random bytes under every suffix
end as records or named errors, never as an exception."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.errors import InputError
from rasd.ingest.records import Record
from tests.hostile import SUFFIXES, check_ingest

pytest.importorskip("warcio", reason="the store extra (warcio) is not installed")

HTML = (
    "<html><body><article><p>قال المتحدث إن القوات وصلت إلى الرقة صباح اليوم.</p>"
    "</article></body></html>"
)


def _warc(path: Path, pages: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        for n in range(pages):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            body = HTML.replace("الرقة", f"الرقة {n}").encode("utf-8")
            record = writer.create_warc_record(
                f"http://x/{n}", "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_a_truncated_warc_keeps_the_pages_before_the_cut_and_names_the_file(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    _warc(path, 6)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.6)])
    items = check_ingest(path)
    pages = [i for i in items if isinstance(i, Record)]
    assert 1 <= len(pages) < 6
    errors = [i for i in items if isinstance(i, InputError)]
    assert errors and str(path) in str(errors[-1])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_under_any_suffix_are_records_or_named_errors(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    check_ingest(path)
