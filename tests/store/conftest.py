"""Store fixtures: every store test runs on SQLite, and on PostgreSQL when
``RASD_TEST_POSTGRES_URL`` names a server database the tests may empty."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("sqlalchemy", reason="the store extra is not installed: pip install .[store]")

from sqlalchemy import MetaData, create_engine

from rasd.document import (
    DateMention,
    Document,
    Entity,
    Event,
    Paragraph,
    Place,
    Quantity,
    Quote,
    Ref,
    Sentence,
)
from rasd.store import Store
from rasd.store.db import database_url

POSTGRES_URL = os.environ.get("RASD_TEST_POSTGRES_URL")


def _empty_postgres(url: str) -> None:
    engine = create_engine(database_url(url))
    meta = MetaData()
    meta.reflect(engine)
    meta.drop_all(engine)
    engine.dispose()


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param(
            "postgresql",
            marks=pytest.mark.skipif(
                not POSTGRES_URL, reason="RASD_TEST_POSTGRES_URL is not set: no PostgreSQL server"
            ),
        ),
    ]
)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "rasd.db")
    assert POSTGRES_URL is not None
    _empty_postgres(POSTGRES_URL)
    return POSTGRES_URL


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store(db_url) as opened:
        yield opened


def layered_document() -> Document:
    """A short article with an item in every layer of the contract, offsets checked."""
    text = (
        "قال المتحدث باسم قوات سوريا الديمقراطية طلال سلو إن 3 آلاف مقاتل دخلوا بالرقة "
        "في 26 نيسان 2017.\nوأضاف أن التنظيم انسحب من والرقة."
    )
    doc = Document(text=text, id="raqqa-1", published="2017-05-10")

    def at(word: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = text.index(word, start + 1)
        return start, start + len(word)

    s, e = at("طلال سلو")
    first_end = text.index("\n")
    doc.paragraphs = [Paragraph(0, first_end), Paragraph(first_end + 1, len(text))]
    doc.sentences = [
        Sentence(0, first_end, 0, 12, 0),
        Sentence(first_end + 1, len(text), 12, 20, 1),
    ]
    doc.entities = [
        Entity(s, e, "طلال سلو", type="PER", canonical="طلال سلو", entity_id="e1"),
        Entity(*at("قوات سوريا الديمقراطية"), "قوات سوريا الديمقراطية", type="ORG", entity_id="e2"),
    ]
    qs, qe = at("3 آلاف مقاتل دخلوا بالرقة")
    doc.quotes = [
        Quote(
            qs,
            qe,
            text[qs:qe],
            direct=False,
            cue=doc.span(*at("قال")),
            speaker=Ref(s, e, "طلال سلو", "e1"),
            speaker_name="طلال سلو",
        )
    ]
    ps, pe = at("بالرقة")
    doc.places = [
        Place(
            ps + 1,
            pe,
            text[ps + 1 : pe],
            name="Raqqa",
            name_ar="الرقة",
            kind="city",
            country="SY",
            admin1="Raqqa Governorate",
            lat=35.95,
            lon=39.01,
            gazetteer_id="geonames:172955",
            confidence=0.9,
        )
    ]
    ns, ne = at("3 آلاف مقاتل")
    doc.quantities = [Quantity(ns, ne, text[ns:ne], value=3000, approximate=False, unit="مقاتل")]
    ds, de = at("26 نيسان 2017")
    doc.dates = [DateMention(ds, de, text[ds:de], value="2017-04-26", precision="day")]
    doc.events = [
        Event(
            trigger=doc.span(*at("انسحب")),
            type="RETREAT",
            actor=Ref(*at("التنظيم"), "التنظيم", None),
            place=doc.span(*at("والرقة")),
            date="2017-04",
            sentence=1,
        )
    ]
    doc.check_offsets()
    return doc
