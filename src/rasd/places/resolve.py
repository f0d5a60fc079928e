"""Toponym resolution: choose the gazetteer entry a mention names, as a human coder would.

Each name is resolved once per article (one sense per discourse), scoring its candidates by
kind and population, the place noun written before it (محافظة → the governorate), the
countries the article is about, the division written after it (الميادين في محافظة دير الزور),
and closeness to the places of the article that are not in doubt. A name with no candidate
keeps null coordinates: never the nearest guess.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from rasd.places.gazetteer import Entry
from rasd.places.recognize import Mention

KIND_PRIOR = {
    "country": 6.0,
    "region": 5.0,
    "feature": 5.0,
    "admin1": 3.0,
    "city": 2.0,
    "village": 0.5,
    "demonym": 6.0,
}
HINT_BONUS = 3.5  # the place noun names this kind
COUNTRY_BONUS = 1.0  # in a country the article is about
CONTAINER_BONUS = 4.0  # inside the division written after it
NEAR_KM, NEAR_BONUS = 300.0, 1.5
WRITTEN_NEAR_KM = 50.0  # دوما، القريبة من نابلس: within this distance of the place named


@dataclass(frozen=True, slots=True)
class Choice:
    entry: Entry | None
    confidence: float


def distance_km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _hint_fits(hint: str | None, entry: Entry) -> bool:
    if hint is None:
        return False
    if hint == "city":
        return entry.kind in ("city", "village")
    return entry.kind == hint


def _score(
    entry: Entry,
    hints: Counter[str],
    countries: Counter[str],
    containers: set[str],
    anchors: list[Entry],
    written_near: list[Entry] | None = None,
) -> float:
    score = KIND_PRIOR.get(entry.kind, 0.0)
    if (
        written_near
        and entry.lat is not None
        and entry.lon is not None
        and any(
            n.lat is not None
            and n.lon is not None
            and n.id != entry.id
            and distance_km(entry.lat, entry.lon, n.lat, n.lon) <= WRITTEN_NEAR_KM
            for n in written_near
        )
    ):
        score += CONTAINER_BONUS
    if entry.kind in ("city", "village"):
        score += 0.5 * math.log10(entry.population + 1)
    score += HINT_BONUS * sum(n for hint, n in hints.items() if _hint_fits(hint, entry))
    if entry.country and countries:
        score += COUNTRY_BONUS * countries[entry.country] / max(countries.values())
    if entry.admin1 and containers and any(c in containers for c in (entry.admin1,)):
        score += CONTAINER_BONUS
    if entry.lat is not None and entry.lon is not None and anchors:
        near = (
            min(
                distance_km(entry.lat, entry.lon, a.lat, a.lon)
                for a in anchors
                if a.lat is not None and a.lon is not None and a.id != entry.id
            )
            if any(a.id != entry.id for a in anchors)
            else math.inf
        )
        if near < NEAR_KM:
            score += NEAR_BONUS * (1 - near / NEAR_KM)
    return score


def group_key(mention: Mention) -> str:
    """Mentions resolved together: the same name under the same place noun (or none), and
    read the same way (الهيئة السعودية, an adjective, apart from في السعودية)."""
    adjective = bool(mention.candidates) and all(e.kind == "demonym" for e in mention.candidates)
    return f"{mention.key}|{mention.hint or ''}|{'adjective' if adjective else ''}"


def resolve(mentions: list[Mention], container_names: dict[str, str]) -> dict[str, Choice]:
    """The choice for every name of the article, keyed by ``group_key``.

    ``container_names`` maps a normalized division name to its English admin1 name, for the
    hierarchy written in the text.
    """
    by_key: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_key.setdefault(group_key(mention), []).append(mention)
    # The countries of the article: names that can only be one country, and the countries of
    # the names that are not in doubt.
    countries: Counter[str] = Counter()
    anchors: list[Entry] = []
    for ms in by_key.values():
        places = {e.id: e for e in ms[0].candidates if e.kind != "org"}
        owners = {e.country for e in places.values() if e.country}
        if len(owners) == 1:
            countries[next(iter(owners))] += len(ms)
        if len(places) == 1:
            only = next(iter(places.values()))
            if only.kind not in ("demonym",) and only.lat is not None:
                anchors.append(only)
    # the candidates of every name of the article, for the places written near another
    named: dict[str, list[Entry]] = {}
    for mention in mentions:
        named.setdefault(mention.key, []).extend(
            e for e in mention.candidates if e.kind in ("city", "village", "admin1")
        )
    choices: dict[str, Choice] = {}
    for key, ms in by_key.items():
        candidates = list({e.id: e for e in ms[0].candidates if e.kind != "org"}.values())
        if not candidates:
            choices[key] = Choice(None, 0.0)
            continue
        hints = Counter(m.hint for m in ms if m.hint)
        containers = {container_names[c] for m in ms for c in m.contains if c in container_names}
        others = [a for a in anchors if all(a.id != c.id for c in candidates)]
        near = [e for m in ms for n in m.near for e in named.get(n, ())]
        scores = [_score(e, hints, countries, containers, others, near) for e in candidates]
        best = max(range(len(candidates)), key=lambda i: (scores[i], -i))
        top = max(scores)
        total = sum(math.exp(s - top) for s in scores)
        choices[key] = Choice(candidates[best], round(math.exp(scores[best] - top) / total, 3))
    return choices
