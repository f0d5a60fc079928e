"""The web page and JSON API: right to left, layers highlighted, text escaped, token kept."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from rasd.document import Document, Event, Place
from rasd.pipeline import Pipeline
from rasd.store import ArticleInfo, Store
from rasd.web.app import create_app
from rasd.web.highlight import pieces
from tests.store.conftest import layered_document


def _add(store: Store, doc: Document, key: str, title: str) -> int:
    with store.session() as session:
        return store.add_article(session, doc, ArticleInfo(key=key, title=title)).id


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store, token="s3cret", pipeline=Pipeline(only=["text"])))


def test_pieces_cover_the_text_and_mark_overlaps() -> None:
    doc = layered_document()
    parts = pieces(doc)
    assert "".join(p.text for p in parts) == doc.text
    inside = [p for p in parts if "place" in p.classes]
    assert inside and all("quote" in p.classes for p in inside)  # the place sits in the quote
    assert {p.quote for p in parts if "quote" in p.classes} == {0}


def test_the_article_page_is_right_to_left_with_its_layers(
    store: Store, client: TestClient
) -> None:
    doc = layered_document()
    aid = _add(store, doc, "raqqa", "دخول الرقة")
    page = client.get(f"/article/{aid}")
    assert page.status_code == 200
    assert '<html lang="ar" dir="rtl">' in page.text
    for css in ("quote", "place", "qty", "date", "event", "ent ent-PER"):
        assert f'class="{css}' in page.text or f" {css}" in page.text, css
    speaker_link = re.search(r'<a class="quote[^"]*" href="(/speaker\?name=[^"]+)"', page.text)
    assert speaker_link is not None
    speaker = client.get(speaker_link.group(1))
    assert speaker.status_code == 200
    assert "طلال سلو" in speaker.text and doc.quotes[0].text in speaker.text
    assert client.get("/article/999").status_code == 404


def test_article_text_is_escaped(store: Store, client: TestClient) -> None:
    aid = _add(store, Document(text="نص فيه <script>alert(1)</script> للاختبار"), "x", "<b>t</b>")
    page = client.get(f"/article/{aid}").text
    assert "<script>alert(1)</script>" not in page and "<b>t</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    found = client.get("/", params={"q": "<script>"}).text
    assert "<script>" not in found


def test_search_page_and_api_find_clitic_forms(store: Store, client: TestClient) -> None:
    aid = _add(store, Document(text="دخل المقاتلون بالرقة أمس"), "a", "أ")
    _add(store, Document(text="خبر عن الاقتصاد"), "b", "ب")
    page = client.get("/", params={"q": "الرقة"})
    assert page.status_code == 200
    assert f'href="/article/{aid}"' in page.text and "<mark>بالرقة</mark>" in page.text
    api = client.get("/api/search", params={"q": "الرقة"}).json()
    assert api["total"] == 1 and api["hits"][0]["id"] == aid
    assert {"text": "بالرقة", "hit": True} in api["hits"][0]["snippet"]["pieces"]
    assert client.get("/api/search", params={"limit": 0}).status_code == 422


def test_api_article_quotes_speakers_entities_stats(store: Store, client: TestClient) -> None:
    doc = layered_document()
    aid = _add(store, doc, doc.id or "", "دخول الرقة")
    got = client.get(f"/api/articles/{aid}").json()
    assert got["document"] == doc.to_dict()
    assert client.get("/api/quotes", params={"speaker": "طلال سلو"}).json()["total"] == 1
    assert client.get("/api/speakers").json() == [{"name": "طلال سلو", "quotes": 1}]
    mentions = client.get("/api/entities", params={"name": "طلال سلو"}).json()
    assert [m["article_id"] for m in mentions] == [aid]
    assert client.get("/api/stats").json()["articles"] == 1
    (point,) = client.get("/api/places").json()
    assert (point["article_id"], point["lat"], point["name"]) == (aid, 35.95, "Raqqa")
    (event,) = client.get("/api/events", params={"type": "RETREAT"}).json()
    assert event["trigger"]["text"] == "انسحب" and event["published"] == "2017-05-10"
    assert client.get("/api/events", params={"type": "ASSAULT"}).json() == []
    entity_page = client.get("/entity", params={"name": "طلال سلو"})
    assert entity_page.status_code == 200 and f"/article/{aid}" in entity_page.text


def test_writing_needs_the_token(store: Store, client: TestClient) -> None:
    body = {"text": "قال الوزير إن المفاوضات مستمرة", "id": "api-1", "title": "ت"}
    assert client.post("/api/articles", json=body).status_code == 401
    bad = client.post("/api/articles", json=body, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401
    good = client.post("/api/articles", json=body, headers={"Authorization": "Bearer s3cret"})
    assert good.status_code == 200 and good.json()["status"] == "new"
    again = client.post("/api/articles", json=body, headers={"Authorization": "Bearer s3cret"})
    assert again.json()["status"] == "seen"
    assert store.counts()["articles"] == 1


def test_the_openapi_spec_lists_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/search", "/api/quotes", "/api/articles/{article_id}", "/api/speakers"):
        assert path in spec["paths"], path
    assert "/" not in spec["paths"]  # pages are not API


def test_serve_refuses_a_database_it_cannot_open(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from rasd.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "no" / "such" / "x.db")])
    assert result.exit_code == 2 and "cannot open database" in result.output


def test_each_worker_builds_the_app_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rasd.web.app import app_from_env

    monkeypatch.setenv("RASD_DB", str(tmp_path / "w.db"))
    monkeypatch.setenv("RASD_TOKEN", "t")
    client = TestClient(app_from_env())
    assert client.get("/api/stats").json()["articles"] == 0
    assert client.post("/api/articles", json={"text": "نص"}).status_code == 401


def _map_docs() -> tuple[Document, Document, Document]:
    """Three articles: Raqqa named twice (the second time where an event happened), Aleppo
    with an assault and Damascus with no gazetteer id, and an undated event."""
    raqqa = layered_document()
    s = raqqa.text.index("والرقة") + 1
    raqqa.places.append(
        Place(s, s + 5, raqqa.text[s : s + 5], name="Raqqa", name_ar="الرقة", lat=35.95,
              lon=39.01, gazetteer_id="geonames:172955")
    )  # fmt: skip
    text = "قصف الطيران حلب ودمشق وقرية صغيرة"
    shelled = Document(text=text, id="aleppo", published="2017-06-01")
    a, d, v = text.index("حلب"), text.index("دمشق"), text.index("قرية صغيرة")
    shelled.places = [
        Place(a, a + 3, "حلب", name="Aleppo", name_ar="</script><script>alert(1)</script>",
              lat=36.2, lon=37.16, gazetteer_id="geonames:170063"),
        Place(d, d + 4, "دمشق", name="Damascus", lat=33.51, lon=36.29),
        Place(v, v + 10, "قرية صغيرة"),  # no coordinates: no point
    ]  # fmt: skip
    shelled.events = [
        Event(trigger=shelled.span(0, 3), type="ASSAULT", place=shelled.span(a, a + 3))
    ]
    undated = Document(text="اجتمع الوزيران", id="undated")
    undated.events = [Event(trigger=undated.span(0, 5), type="CONSULT")]
    for doc in (raqqa, shelled, undated):
        doc.check_offsets()
    return raqqa, shelled, undated


def test_map_points_group_places_and_place_events(store: Store, client: TestClient) -> None:
    raqqa, shelled, undated = _map_docs()
    ids = [_add(store, doc, doc.id or "", f"عنوان {doc.id}") for doc in (raqqa, shelled, undated)]
    points = {p["name"]: p for p in client.get("/api/map").json()}
    assert set(points) == {"Raqqa", "Aleppo", "Damascus"}
    assert points["Raqqa"]["count"] == points["Raqqa"]["mentions"] == 2
    assert points["Raqqa"]["events"] == {"RETREAT": 1}  # placed by its place span
    assert points["Raqqa"]["articles"] == [
        {"id": ids[0], "title": "عنوان raqqa-1", "published": "2017-05-10"}
    ]
    assert points["Aleppo"]["events"] == {"ASSAULT": 1} and points["Damascus"]["events"] == {}
    assert points["Damascus"]["key"] == "33.510,36.290"
    assault = client.get("/api/map", params={"type": "ASSAULT"}).json()
    assert [(p["name"], p["count"]) for p in assault] == [("Aleppo", 1)]
    assert client.get("/api/map", params={"type": "PROTEST"}).json() == []

    page = client.get("/map")
    assert page.status_code == 200
    assert "leaflet/leaflet.js" in page.text and "map.js" in page.text
    # the points the script draws are the API's, and no name can close the script element
    data = re.search(r'<script type="application/json" id="map-data">(.*?)</script>', page.text)
    assert data is not None
    config = json.loads(data.group(1))
    assert config["points"] == client.get("/api/map").json()
    assert config["tiles"] == "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    assert "<script>alert(1)" not in page.text
    assert f'href="/article/{ids[1]}"' in page.text
    filtered = client.get("/map", params={"type": "ASSAULT"}).text
    assert '<option value="ASSAULT" selected>' in filtered and "Damascus" not in filtered
    offline = TestClient(create_app(store, tiles="none")).get("/map").text
    assert '"tiles": null' in offline


def test_timeline_groups_by_event_date_else_article_date(store: Store, client: TestClient) -> None:
    raqqa, shelled, undated = _map_docs()
    ids = [_add(store, doc, doc.id or "", f"عنوان {doc.id}") for doc in (raqqa, shelled, undated)]
    days = client.get("/api/timeline").json()
    # RETREAT is dated 2017-04 (a month): by day it sits on its article's date
    assert [(g["key"], g["count"]) for g in days] == [("2017-05-10", 1), ("2017-06-01", 1), ("", 1)]
    assert days[0]["events"][0]["reported"] is True and days[0]["types"] == {"RETREAT": 1}
    months = client.get("/api/timeline", params={"by": "month"}).json()
    assert [g["key"] for g in months] == ["2017-04", "2017-06", ""]
    assert months[0]["events"][0]["reported"] is False
    only = client.get("/api/timeline", params={"type": "ASSAULT"}).json()
    assert [g["key"] for g in only] == ["2017-06-01"] and only[0]["events"][0]["place"] == "حلب"

    page = client.get("/timeline").text
    for aid in ids:
        assert f'href="/article/{aid}"' in page
    assert page.index("2017-05-10") < page.index("2017-06-01") < page.index("بلا تاريخ")
    one = client.get("/timeline", params={"at": "undated"}).text
    assert "CONSULT" in one and f'href="/article/{ids[1]}"' not in one
    assert client.get("/timeline", params={"by": "week"}).status_code == 422
