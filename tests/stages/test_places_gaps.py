"""Gaps found on the second check set, each tested on sentences written for this file:
spellings of countries and capitals, the states of the United States, and names that are
part of something else (a boilerplate link, a tournament, a municipality)."""

from __future__ import annotations

import pytest

from rasd.places.resolve import distance_km
from tests.stages.test_places import by_text, places


def test_press_spellings_of_countries_are_the_countries() -> None:
    doc = places("استقدمت المكاتب عاملات من بنجلاديش وسيريلانكا وأرتريا، ولم تصل عاملة من المجر.")
    found = by_text(doc)
    expected = {"بنجلاديش": "BD", "سيريلانكا": "LK", "أرتريا": "ER", "المجر": "HU"}
    for name, country in expected.items():
        place = found[name][0]
        assert (place.kind, place.country) == ("country", country), name  # type: ignore[attr-defined]


def test_an_official_name_of_a_country_is_the_country() -> None:
    doc = places("تلقى الأمير اتصالا من رئيس الجمهورية الفرنسية تناول العلاقات الثنائية.")
    place = by_text(doc)["الجمهورية الفرنسية"][0]
    assert (place.kind, place.country) == ("country", "FR")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        ("انفجرت سيارة مفخخة قرب مبنى حكومي في كابول صباح أمس.", "كابول", 34.53, 69.17),
        ("وصل الوزير إلى واشنطن في زيارة رسمية تستغرق يومين.", "واشنطن", 38.9, -77.04),
        ("قضت محكمة في ولاية كولورادو بسجن المتهم مدى الحياة.", "كولورادو", 38.7, -105.6),
        ("افتتحت الشركة مصنعا جديدا في أوهايو العام الماضي.", "أوهايو", 40.2, -82.7),
    ],
)
def test_capitals_and_us_states_resolve_where_they_are(
    text: str, name: str, lat: float, lon: float
) -> None:
    place = by_text(places(text))[name][0]
    assert place.lat is not None and place.lon is not None  # type: ignore[attr-defined]
    assert distance_km(lat, lon, place.lat, place.lon) < 50  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("ارتفعت أسعار النفط في الأسواق العالمية أمس. رابط الخبر", "الخبر"),
        ("خسر المنتخب نهائي بطولة كوبا أمريكا أمام منافسه.", "أمريكا"),
        ("ضبطت أمانة العاصمة المقدسة أطنانا من الأغذية الفاسدة.", "أمانة العاصمة"),
    ],
)
def test_a_name_inside_a_fixed_phrase_is_no_place(text: str, not_a_place: str) -> None:
    found = by_text(places(text))
    assert not any(not_a_place in t for t in found), found
