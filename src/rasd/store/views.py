"""Read-only views over the stored layers for the map and the timeline pages.

A map point is one place (its gazetteer id, else its coordinates) with how often the stored
articles mention it, the events placed there and the articles it comes from. An event is
placed where its ``place`` span overlaps a place with coordinates of the same article (the
events stage points at the place's text, the places stage gives its coordinates).

A timeline groups events by day or month: by the event's own date when it is known to that
precision, else by its article's date (the day it was reported).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rasd.store.models import Article, EventRow, PlaceRow

ARTICLES_PER_POINT = 5
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"\d{4}-\d{2}")


def _overlaps(span: dict[str, Any], start: int, end: int) -> bool:
    try:
        return int(span["start"]) < end and start < int(span["end"])
    except (KeyError, TypeError, ValueError):
        return False


@dataclass(slots=True)
class _Point:
    key: str
    name: str
    name_ar: str | None
    lat: float
    lon: float
    country: str | None
    kind: str | None
    mentions: int = 0
    events: Counter[str] = field(default_factory=Counter)
    articles: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)

    def as_json(self, count: int) -> dict[str, Any]:
        newest = sorted(self.articles.items(), key=lambda a: (a[1][1] or "", a[0]), reverse=True)
        return {
            "key": self.key,
            "name": self.name,
            "name_ar": self.name_ar,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "kind": self.kind,
            "count": count,
            "mentions": self.mentions,
            "events": dict(self.events.most_common()),
            "article_count": len(self.articles),
            "articles": [
                {"id": aid, "title": title, "published": published}
                for aid, (title, published) in newest[:ARTICLES_PER_POINT]
            ],
        }


def map_points(
    session: Session, type: str | None = None, limit: int = 2000
) -> list[dict[str, Any]]:
    """The points of a map, most counted first: every place with coordinates (counted by its
    mentions), or with ``type`` only the places of events of that PLOVER type (counted by
    those events)."""
    places = session.execute(
        select(
            PlaceRow.article_id,
            PlaceRow.start,
            PlaceRow.end,
            PlaceRow.text,
            PlaceRow.name,
            PlaceRow.name_ar,
            PlaceRow.lat,
            PlaceRow.lon,
            PlaceRow.gazetteer_id,
            PlaceRow.country,
            PlaceRow.kind,
            Article.title,
            Article.published,
        )
        .join(Article, Article.id == PlaceRow.article_id)
        .where(PlaceRow.lat.is_not(None), PlaceRow.lon.is_not(None))
    )
    points: dict[str, _Point] = {}
    by_article: dict[int, list[tuple[int, int, _Point]]] = {}
    titles: dict[int, tuple[str | None, str | None]] = {}
    for aid, start, end, text, name, name_ar, lat, lon, gid, country, kind, title, pub in places:
        if lat is None or lon is None:  # the query keeps none of these; this tells mypy
            continue
        key = gid or f"{lat:.3f},{lon:.3f}"
        point = points.get(key)
        if point is None:
            point = _Point(key, name or text, name_ar or text, lat, lon, country, kind)
            points[key] = point
        by_article.setdefault(aid, []).append((start, end, point))
        titles[aid] = (title, pub)
        if type is None:
            point.mentions += 1
            point.articles[aid] = (title, pub)
    events = select(EventRow.article_id, EventRow.type, EventRow.place)
    if type is not None:
        events = events.where(EventRow.type == type)
    for aid, event_type, span in session.execute(events):
        if not span or aid not in by_article:
            continue
        for start, end, point in by_article[aid]:
            if _overlaps(span, start, end):
                point.events[event_type] += 1
                if type is not None:
                    point.articles[aid] = titles[aid]
                break
    if type is None:
        counted = [(p.mentions, p) for p in points.values()]
    else:
        counted = [(sum(p.events.values()), p) for p in points.values() if p.events]
    counted.sort(key=lambda c: (-c[0], c[1].key))
    return [point.as_json(count) for count, point in counted[:limit]]


def event_types(session: Session) -> list[tuple[str, int]]:
    """The PLOVER types of the stored events and how many there are, most first."""
    count = func.count(EventRow.id)
    query = select(EventRow.type, count).group_by(EventRow.type).order_by(count.desc())
    return [(t, n) for t, n in session.execute(query)]


@dataclass(slots=True)
class TimelineEvent:
    id: int
    article_id: int
    title: str | None
    published: str | None
    type: str
    mode: str | None
    trigger: str
    actor: str | None
    target: str | None
    place: str | None
    date: str | None
    reported: bool  # placed by its article's date, not its own


@dataclass(slots=True)
class TimelineGroup:
    key: str  # YYYY-MM-DD or YYYY-MM; "" for events with no date at all
    count: int = 0
    types: Counter[str] = field(default_factory=Counter)
    events: list[TimelineEvent] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "count": self.count,
            "types": dict(self.types.most_common()),
            "events": [asdict(e) for e in self.events],
        }


def _key(date: str | None, published: str | None, by: Literal["day", "month"]) -> tuple[str, bool]:
    size = 10 if by == "day" else 7
    pattern = _DAY if by == "day" else _MONTH
    if date and pattern.match(date):
        return date[:size], False
    if published and pattern.match(published):
        return published[:size], True
    return "", True


def _text(span: dict[str, Any] | None) -> str | None:
    return str(span["text"]) if span and span.get("text") else None


def timeline(
    session: Session,
    type: str | None = None,
    by: Literal["day", "month"] = "day",
    at: str | None = None,
    per_group: int = 20,
) -> list[TimelineGroup]:
    """Events grouped by day or month, oldest first (undated last), each group with its count,
    its count by type and at most ``per_group`` of its events; only the group ``at`` (a key)
    when given."""
    query = (
        select(
            EventRow.id,
            EventRow.article_id,
            Article.title,
            Article.published,
            EventRow.type,
            EventRow.mode,
            EventRow.trigger,
            EventRow.actor,
            EventRow.target,
            EventRow.place,
            EventRow.date,
        )
        .join(Article, Article.id == EventRow.article_id)
        .order_by(EventRow.article_id, EventRow.idx)
    )
    if type is not None:
        query = query.where(EventRow.type == type)
    groups: dict[str, TimelineGroup] = {}
    for eid, aid, title, pub, etype, mode, trigger, actor, target, place, date in session.execute(
        query
    ):
        key, reported = _key(date, pub, by)
        if at is not None and key != at:
            continue
        group = groups.get(key)
        if group is None:
            group = groups[key] = TimelineGroup(key)
        group.count += 1
        group.types[etype] += 1
        if len(group.events) < per_group:
            group.events.append(
                TimelineEvent(
                    eid,
                    aid,
                    title,
                    pub,
                    etype,
                    mode,
                    _text(trigger) or "",
                    _text(actor),
                    _text(target),
                    _text(place),
                    date,
                    reported,
                )
            )
    return sorted(groups.values(), key=lambda g: (g.key == "", g.key))
