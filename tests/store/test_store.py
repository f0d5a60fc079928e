"""The store keeps every layer of the contract document and finds Arabic words as typed."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from rasd.document import Document
from rasd.store import ArticleInfo, Store, StoreError, content_hash
from rasd.store.layers import row_item, row_values
from rasd.store.models import Base, PlaceRow
from tests.store.conftest import layered_document


def _add(store: Store, doc: Document, key: str = "a1", title: str | None = "عنوان") -> int:
    with store.session() as session:
        return store.add_article(session, doc, ArticleInfo(key=key, title=title)).id


def test_every_layer_reads_back_as_written(store: Store) -> None:
    doc = layered_document()
    aid = _add(store, doc, key=doc.id or "")
    back = store.document(aid)
    assert back is not None
    assert back.to_dict() == doc.to_dict()
    back.check_offsets()
    counts = store.counts()
    for layer in ("sentences", "entities", "quotes", "places", "quantities", "dates", "events"):
        assert counts[layer] == len(getattr(doc, layer)), layer


def test_a_count_reads_back_as_an_integer(store: Store) -> None:
    aid = _add(store, layered_document())
    back = store.document(aid)
    assert back is not None
    assert back.to_dict()["quantities"][0]["value"] == 3000
    assert isinstance(back.to_dict()["quantities"][0]["value"], int)


def test_fields_the_contract_gains_later_are_kept() -> None:
    item = {"start": 1, "end": 3, "text": "ab", "name": "X", "population": 5, "aliases": ["x"]}
    values = row_values(PlaceRow, item, article_id=1, idx=0)
    assert values["extra"] == {"population": 5, "aliases": ["x"]}
    row = PlaceRow(**values)
    got = row_item(row)
    assert got["population"] == 5 and got["aliases"] == ["x"] and got["name"] == "X"


@pytest.mark.parametrize("typed", ["الرقة", "رقة", "بالرقة", "والرقة", "الرقه"])
def test_search_finds_the_clitic_forms_of_a_word(store: Store, typed: str) -> None:
    aid = _add(store, Document(text="دخل المقاتلون بالرقة أمس"), key="with-bi")
    bid = _add(store, Document(text="انسحب التنظيم من والرقة"), key="with-wa")
    _add(store, Document(text="وصلت ورقة رسمية إلى الوزير"), key="paper")
    page = store.search(typed)
    assert {hit.id for hit in page.hits} == {aid, bid}
    assert page.total == 2


def test_search_needs_every_word_and_marks_the_hits(store: Store) -> None:
    aid = _add(store, Document(text="قال الوزير إن المفاوضات في جنيف مستمرة"), key="a")
    _add(store, Document(text="قال الوزير إن الاقتصاد ينمو"), key="b")
    page = store.search("الوزير جنيف")
    assert [hit.id for hit in page.hits] == [aid]
    marked = [piece for piece, hit in page.hits[0].snippet.pieces if hit]
    assert marked == ["الوزير", "جنيف"]
    assert store.search("كلمةغائبة").total == 0
    assert store.search("").total == 2  # no words: the newest articles


def test_search_orders_newest_first_and_pages(store: Store) -> None:
    ids = [
        _add(store, Document(text=f"خبر عن الرقة رقم {n}", published=f"2017-05-0{n}"), key=str(n))
        for n in range(1, 6)
    ]
    first = store.search("الرقة", limit=2)
    second = store.search("الرقة", limit=2, offset=2)
    assert first.total == 5
    assert [h.id for h in first.hits] == [ids[4], ids[3]]
    assert [h.id for h in second.hits] == [ids[2], ids[1]]
    assert second.total == 5
    past = store.search("الرقة", limit=2, offset=10)  # no row: counted apart
    assert past.total == 5 and past.hits == []
    assert store.search("", limit=1, offset=7).total == 5
    assert store.search("خبر رقم", limit=3).total == 5  # two words: their intersection


def test_quotes_are_searched_and_listed_by_speaker(store: Store) -> None:
    doc = layered_document()
    aid = _add(store, doc)
    page = store.search_quotes("مقاتل")
    assert page.total == 1
    hit = page.hits[0]
    assert hit.article_id == aid and hit.text == doc.quotes[0].text
    assert store.search_quotes("التنظيم").total == 0  # in the article, not in a quote
    assert store.search_quotes("", speaker="طلال سلو").total == 1
    assert store.search_quotes("", speaker="غيره").total == 0
    assert store.speakers() == [("طلال سلو", 1)]
    mentions = store.entity_mentions("طلال سلو")
    assert [(m[0], m[3], m[4]) for m in mentions] == [(aid, "طلال سلو", "PER")]


def test_a_new_analysis_replaces_the_layers(store: Store) -> None:
    doc = layered_document()
    aid = _add(store, doc)
    doc.quotes = []
    doc.events = []
    with store.session() as session:
        article = store.article_by_hash(session, content_hash(doc.text))
        assert article is not None and article.id == aid
        store.replace_layers(session, article, doc)
    back = store.document(aid)
    assert back is not None and back.quotes == [] and back.events == []
    assert back.entities == doc.entities
    assert store.search_quotes("مقاتل").total == 0
    assert store.search("مقاتل").total == 1


def test_the_migrations_make_exactly_the_tables_of_the_models(store: Store) -> None:
    with store.engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert version == "0001"
    assert diff == []
    assert "postings" in inspect(store.engine).get_table_names()


def test_opening_again_keeps_the_data(db_url: str) -> None:
    with Store(db_url) as first:
        aid = _add(first, layered_document())
    with Store(db_url) as second:
        assert second.counts()["articles"] == 1
        assert second.document(aid) is not None


def test_a_bad_database_is_one_clear_error(tmp_path: object) -> None:
    with pytest.raises(StoreError, match="cannot"):
        Store("nosuchdriver://x/y")
    with pytest.raises(StoreError, match="cannot open database"):
        Store("/nonexistent-dir/sub/rasd.db")


def test_the_snippet_marks_words_written_with_diacritics_and_hamza(store: Store) -> None:
    words = "كلمة " * 80  # the hit lies far into the text: the snippet starts near it
    aid = _add(store, Document(text=words + "ثم دخلوا بالرَّقَّة وقال أمير إن للرقة أهمية"))
    (hit,) = store.search("الرقة").hits
    assert hit.id == aid and hit.snippet.leading
    assert [p for p, marked in hit.snippet.pieces if marked] == ["بالرَّقَّة", "للرقة"]
    (hit,) = store.search("امير").hits  # أ typed as ا
    assert [p for p, marked in hit.snippet.pieces if marked] == ["أمير"]
