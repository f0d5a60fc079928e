"""Ingest: each article stored once, near-copies linked, failures named, re-ingest a no-op."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.document import Document
from rasd.errors import InputError
from rasd.ingest.dedup import NearDuplicates, from_bytes, signature, to_bytes
from rasd.ingest.ingest import Ingester
from rasd.ingest.records import Record, read_path
from rasd.pipeline import Pipeline
from rasd.store import ArticleInfo, Store
from tests.conftest import shared_path

WIRE = (
    "أعلنت قوات سوريا الديمقراطية اليوم أن ثلاثة آلاف مقاتل دخلوا مدينة الرقة من الجهة الشرقية "
    "بعد معارك عنيفة مع تنظيم داعش استمرت أسبوعين، وقال المتحدث باسم القوات إن التنظيم انسحب "
    "من أحياء عدة في المدينة وإن المدنيين بدأوا بالخروج من الأحياء القديمة نحو الريف الشمالي."
)
OTHER = (
    "ارتفعت أسعار النفط في الأسواق العالمية صباح اليوم بعد إعلان منظمة أوبك خفض الإنتاج "
    "لستة أشهر، وقال محللون إن الأسعار قد تواصل الارتفاع حتى نهاية العام الجاري."
)


def _record(text: str, key: str, published: str | None = None) -> Record:
    return Record(text, ArticleInfo(key=key, title=key), published)


def test_signatures_survive_the_store_and_find_near_copies() -> None:
    near = WIRE.replace("اليوم", "أمس")  # one word changed, as outlets do
    index = NearDuplicates(0.8)
    index.add(1, from_bytes(to_bytes(signature(WIRE))))
    index.add(2, signature(OTHER))
    match = index.best(signature(near))
    assert match is not None and match.article_id == 1 and 0.8 <= match.similarity < 1.0
    assert index.best(signature("خبر مختلف تماما عن الرياضة وكرة القدم في الدوري")) is None
    with pytest.raises(ValueError):
        NearDuplicates(1.5)


def test_new_duplicates_and_failures_are_counted_and_the_rest_goes_on(store: Store) -> None:
    ingester = Ingester(store, Pipeline(only=["text"]))
    records: list[Record | InputError] = [
        _record(WIRE, "outlet-a/1", "2017-05-10"),
        _record(WIRE, "outlet-b/7"),  # the same wire copy elsewhere
        InputError("is not valid JSON", "feed.jsonl:3"),
        _record(WIRE.replace("اليوم", "أمس"), "outlet-c/2"),  # a near-copy
        _record(OTHER, "outlet-a/2"),
    ]
    outcomes = list(ingester.ingest(records))
    assert [o.status for o in outcomes] == ["new", "duplicate", "failed", "duplicate", "new"]
    first = outcomes[0].article_id
    assert outcomes[1].article_id == first and outcomes[1].similarity == 1.0
    assert outcomes[3].article_id == first and outcomes[3].similarity is not None
    assert outcomes[2].source == "feed.jsonl:3" and outcomes[2].reason == "is not valid JSON"
    counts = store.counts()
    assert (counts["articles"], counts["duplicates"]) == (2, 2)
    assert counts["sentences"] > 0  # the pipeline ran before storing
    assert first is not None
    assert [d.key for d in store.duplicates_of(first)] == ["outlet-b/7", "outlet-c/2"]


def test_ingesting_again_changes_nothing(store: Store) -> None:
    records = [_record(WIRE, "a"), _record(WIRE, "b"), _record(OTHER, "c")]
    first = Ingester(store, None)
    assert [o.status for o in first.ingest(records)] == ["new", "duplicate", "new"]
    before = store.counts()
    again = Ingester(store, None)  # a later run: the index is rebuilt from the store
    assert [o.status for o in again.ingest(records)] == ["seen", "seen", "seen"]
    assert store.counts() == before


def test_a_stage_that_breaks_fails_its_record_only(store: Store) -> None:
    class Broken(Pipeline):
        def __call__(self, text: str, published: object = None, id: str | None = None) -> Document:
            if "النفط" in text:
                raise RuntimeError("boom")
            return super().__call__(text, published, id)

    ingester = Ingester(store, Broken(only=["text"]), commit_every=1)
    outcomes = list(ingester.ingest([_record(OTHER, "x"), _record(WIRE, "y")]))
    assert [o.status for o in outcomes] == ["failed", "new"]
    assert outcomes[0].reason == "internal error RuntimeError: boom"
    assert store.counts()["articles"] == 1


def test_the_ingest_command_reports_counts_and_search_finds_clitic_forms(
    tmp_path: Path, db_url: str
) -> None:
    corpus = tmp_path / "c.jsonl"
    rows = [
        {"id": "1", "text": WIRE.replace("مدينة الرقة", "بالرقة")},
        {"id": "2", "text": OTHER},
        {"id": "3", "text": ""},
    ]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(corpus), "--db", db_url])
    assert first.exit_code == 1  # one record failed
    assert "new 2 · duplicate 0 · seen 0 · failed 1" in first.output
    assert "c.jsonl:3 id=3: has an empty text" in first.output
    again = runner.invoke(app, ["ingest", str(corpus), "--db", db_url])
    assert "new 0 · duplicate 0 · seen 2 · failed 1" in again.output
    found = runner.invoke(app, ["search", "الرقة", "--db", db_url])
    assert found.exit_code == 0, found.output
    assert found.output.startswith("1 found") and "[بالرقة]" in found.output


def test_five_hundred_news_articles_ingest_once_and_search_by_clitic_form(tmp_path: Path) -> None:
    day = sorted(shared_path("data", "news").glob("*.json"))[0]
    with Store(tmp_path / "news.db") as store:
        records = [r for r in read_path(day) if isinstance(r, Record)][:500]
        ingester = Ingester(store, None)
        outcomes = list(ingester.ingest(records))
        new = sum(o.status == "new" for o in outcomes)
        assert new + ingester.counts["duplicate"] == len(records)
        assert new == store.counts()["articles"] > 400
        again = Ingester(store, None)
        assert {o.status for o in again.ingest(records)} == {"seen"}
        assert store.counts()["articles"] == new
        page = store.search("السعودية", limit=500)
        texts = [store.document(hit.id).text for hit in page.hits]  # type: ignore[union-attr]
        assert any("بالسعودية" in t or "والسعودية" in t for t in texts)
        assert all("سعودي" in t for t in texts)
