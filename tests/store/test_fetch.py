"""Ingest by URL: pages and feeds fetched (through a mock transport: no network in tests)."""

from __future__ import annotations

import httpx

from rasd.errors import InputError
from rasd.ingest.fetch import Fetcher, is_url
from rasd.ingest.records import Record
from tests.store.test_records import HTML, TEXT

FEED = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>وكالة</title>
<item><title>خبر</title><link>http://news.test/a</link><guid>a</guid></item>
<item><title>مفقود</title><link>http://news.test/missing</link><guid>m</guid></item>
</channel></rss>"""


def _handler(request: httpx.Request) -> httpx.Response:
    url = str(request.url)
    if url == "http://news.test/feed":
        return httpx.Response(200, text=FEED, headers={"content-type": "application/rss+xml"})
    if url == "http://news.test/a":
        return httpx.Response(200, text=HTML, headers={"content-type": "text/html"})
    if url == "http://news.test/down":
        raise httpx.ConnectError("connection refused", request=request)
    return httpx.Response(404)


def _fetcher() -> Fetcher:
    return Fetcher(httpx.Client(transport=httpx.MockTransport(_handler)))


def test_a_page_url_gives_its_main_text() -> None:
    (record,) = _fetcher().records("http://news.test/a")
    assert isinstance(record, Record)
    assert TEXT in record.text and record.info.key == "http://news.test/a"
    assert record.info.title == "دخول الرقة" and record.published == "2017-05-10"


def test_a_feed_url_fetches_each_item_and_names_the_failures() -> None:
    got = list(_fetcher().records("http://news.test/feed"))
    first, missing = got
    assert isinstance(first, Record) and TEXT in first.text
    assert (first.info.key, first.info.source, first.info.author) == ("a", "وكالة", "أحمد علي")
    assert isinstance(missing, InputError) and "HTTP 404" in str(missing)


def test_a_url_that_cannot_be_fetched_is_one_error() -> None:
    (err,) = _fetcher().records("http://news.test/down")
    assert isinstance(err, InputError)
    assert str(err).startswith("http://news.test/down: cannot be fetched (ConnectError")
    assert is_url("https://x.test/") and not is_url("news/day.json")
