"""Fetching articles by URL: an HTML page, or a feed whose items' pages are fetched in turn.

This is the only place rasd goes to the network, and only for ``rasd ingest URL``.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx

from rasd import __version__
from rasd.errors import InputError
from rasd.ingest.records import Record, feed_records, html_record

_FEED_TYPES = ("rss", "atom", "xml")


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


class Fetcher:
    """GETs pages for the ingest; any failure becomes an ``InputError`` naming the URL."""

    def __init__(self, client: httpx.Client | None = None, timeout: float = 30.0) -> None:
        self.client = client or httpx.Client(
            timeout=timeout,
            follow_redirects=True,
            headers={"User-Agent": f"rasd/{__version__} (+news monitoring)"},
        )

    def get(self, url: str) -> tuple[bytes, str]:
        """The body and content type of ``url``."""
        try:
            response = self.client.get(url)
        except httpx.HTTPError as err:
            raise InputError(f"cannot be fetched ({type(err).__name__}: {err})", url) from None
        if response.status_code >= 400:
            raise InputError(f"answered HTTP {response.status_code}", url)
        return response.content, response.headers.get("content-type", "")

    def body(self, url: str) -> bytes:
        return self.get(url)[0]

    def records(self, url: str) -> Iterator[Record | InputError]:
        """The article at ``url``, or the items of the feed at ``url`` (each fetched)."""
        try:
            body, ctype = self.get(url)
        except InputError as err:
            yield err
            return
        head = body[:200].lstrip().lower()
        if any(t in ctype for t in _FEED_TYPES) or head.startswith((b"<?xml", b"<rss", b"<feed")):
            yield from feed_records(body, url, fetch=self.body)
            return
        try:
            yield html_record(body, url, url)
        except InputError as err:
            yield err
