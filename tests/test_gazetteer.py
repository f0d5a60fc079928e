"""The shipped gazetteer: size, places it must hold, and the build that makes it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from rasd.places.gazetteer import RESOURCE, read_index, shipped
from tests.conftest import shared_path

ROOT = Path(__file__).resolve().parents[1]


def test_shipped_index_is_small_and_holds_the_places() -> None:
    assert (ROOT / "src" / "rasd" / "resources" / RESOURCE).stat().st_size < 5_000_000
    g = shipped()
    assert len(g) > 20_000
    expect = {
        "الرقه": "geonames:172955",
        "الميادين": "geonames:173480",
        "الطبقه": "geonames:172374",
        "سد الطبقه": "rasd:tabqa-dam",
        "تركيا": "geonames:298795",
    }
    for name, gid in expect.items():
        assert gid in {e.id for e in g.lookup(name)}, name
    assert {e.kind for e in g.lookup("الاتراك")} == {"demonym"}
    assert "الباب" in g.common


def test_build_is_deterministic_and_reads_its_inputs(tmp_path: Path) -> None:
    dr5hn = shared_path("data", "gazetteer")
    geonames = tmp_path / "gn"
    geonames.mkdir()
    cities = {
        "172955": {
            "geonameid": 172955,
            "name": "Ar Raqqah",
            "latitude": 35.95,
            "longitude": 39.0,
            "countrycode": "SY",
            "population": 531952,
            "admin1code": "04",
            "alternatenames": ["Raqqa", "الرقة", "ڕەققە"],
        },
        "4140963": {  # no Arabic name in GeoNames: only the curated file names it
            "geonameid": 4140963,
            "name": "Washington",
            "latitude": 38.895,
            "longitude": -77.036,
            "countrycode": "US",
            "population": 689545,
            "admin1code": "DC",
            "alternatenames": ["Washington D.C."],
        },
        "103035": {  # no Arabic name in GeoNames: dr5hn's town beside it names it
            "geonameid": 103035,
            "name": "Rabigh",
            "latitude": 22.79856,
            "longitude": 39.03493,
            "countrycode": "SA",
            "population": 72928,
            "admin1code": "14",
            "alternatenames": ["Rabigh"],
        },
        "5000000": {  # no Arabic name and named by nobody: not in the index
            "geonameid": 5000000,
            "name": "Nowhere",
            "latitude": 1.0,
            "longitude": 1.0,
            "countrycode": "US",
            "population": 20000,
            "admin1code": "CO",
            "alternatenames": ["Nowhere"],
        },
    }
    (geonames / "cities500.json").write_text(json.dumps(cities), encoding="utf-8")
    (geonames / "countries.json").write_text(
        json.dumps(
            {
                "SY": {"geonameid": 163843, "name": "Syria", "population": 1},
                "TR": {"geonameid": 298795, "name": "Turkey", "population": 1},
            }
        ),
        encoding="utf-8",
    )
    curated = tmp_path / "curated.tsv"
    curated.write_text(
        "names\tcountry:TR\tTurkey\tTR\t\t\tتركيا\ndemonym\tcountry:SY\tSyrian\tSY\t\t\tسوري\n"
        "names\tgeonames:4140963\tWashington, D.C.\tUS\t\t\tواشنطن\n"
        "names\tdr5hn:state:1450\tColorado\tUS\t\t\tكولورادو\n",
        encoding="utf-8",
    )
    outs = []
    for name in ("a.tsv.gz", "b.tsv.gz"):
        out = tmp_path / name
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "scripts" / "build_gazetteer.py"),
                str(dr5hn),
                "--geonames",
                str(geonames),
                "--curated",
                str(curated),
                "--out",
                str(out),
            ],
            check=True,
            capture_output=True,
        )
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    g = read_index(tmp_path / "a.tsv.gz")
    raqqa = g.lookup("الرقه")
    assert {e.id for e in raqqa} >= {"geonames:172955"}
    city = next(e for e in raqqa if e.id == "geonames:172955")
    assert city.admin1 == "Al-Raqqah" and city.kind == "city"
    assert not g.lookup("ڕەققە")  # a Kurdish spelling is not an Arabic name
    assert [e.kind for e in g.lookup("السوريين")] == ["demonym"]
    assert [e.id for e in g.lookup("تركيا")] == ["geonames:298795"]
    # a city and a division with no Arabic name in their lists, named by the curated file
    assert [(e.id, e.kind) for e in g.lookup("واشنطن")] == [("geonames:4140963", "city")]
    assert [(e.id, e.kind) for e in g.lookup("كولورادو")] == [("dr5hn:state:1450", "admin1")]
    assert all(e.name != "Nowhere" for e in g.entries())
    # dr5hn's city files: the Arabic name of a nameless GeoNames town beside one, else a
    # village of their own; translations that are phrases of frequent words stay out
    assert [(e.id, e.kind) for e in g.lookup("رابغ")] == [("geonames:103035", "city")]
    khafji = g.lookup("الخفجي")
    assert [e.kind for e in khafji] == ["village"] and khafji[0].id.startswith("dr5hn:city:")
    assert not g.lookup("عيد الفطر") and not g.lookup("صلاه الظهر")
    assert all(e.names for e in g.entries())  # no entry without a name is written


def test_a_nameless_town_takes_the_names_of_its_smaller_named_twin() -> None:
    unaizah = [e for e in shipped().lookup("عنيزه") if e.country == "SA"]
    assert "geonames:101732" in {e.id for e in unaizah}  # 183,319 people, named from its twin
    assert "rasd:dhahran-al-janub" in {e.id for e in shipped().lookup("ظهران الجنوب")}


def test_belarus_is_named_as_the_press_writes_it() -> None:
    assert {e.country for e in shipped().lookup("روسيا البيضاء")} == {"BY"}


def test_a_big_town_keeps_a_name_made_of_frequent_words() -> None:
    assert "geonames:106297" in {e.id for e in shipped().lookup("حفر الباطن")}  # Hafar Al-Batin
    assert not shipped().lookup("مركز دسوق")  # an Egyptian district is named by its town
