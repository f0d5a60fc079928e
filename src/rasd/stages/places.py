"""The places stage: toponyms of the article, resolved to gazetteer entries and coordinates."""

from __future__ import annotations

from rasd.document import Document, Place
from rasd.places.gazetteer import Gazetteer, shipped
from rasd.places.recognize import Mention, recognize
from rasd.places.resolve import Choice, group_key, resolve
from rasd.stages.base import Stage

# A tagger-only name with no gazetteer entry is kept, with null coordinates, at this confidence.
UNRESOLVED_CONFIDENCE = 0.3


class PlaceFinder(Stage):
    """Places (countries, divisions, cities, regions, features) and demonyms, with coordinates.

    A span covers the name without its proclitics (الرقة in بالرقة); the phrase around it
    (محافظة, ريف … الشرقي, جنوب شرقي, على بعد 85 ميلا) is kept in ``relation``,
    ``direction``, ``distance_km`` and ``phrase``.
    """

    name = "places"
    needs = frozenset({"tokens", "sentences", "entities"})
    provides = frozenset({"places"})

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or shipped()
        # division names written in the text (في محافظة دير الزور) -> the admin1 of cities
        self._containers = {
            name: entry.admin1 or entry.name
            for entry in self.gazetteer.of_kind("admin1")
            for name in entry.names
        }

    def __call__(self, doc: Document) -> Document:
        mentions = recognize(doc, self.gazetteer)
        choices = resolve(mentions, self._containers)
        doc.places = [self._place(doc, m, choices[group_key(m)]) for m in mentions]
        return doc

    def _place(self, doc: Document, mention: Mention, choice: Choice) -> Place:
        entry = choice.entry
        phrase = doc.span(*mention.phrase) if mention.phrase else None
        place = Place(
            start=mention.start,
            end=mention.end,
            text=doc.text[mention.start : mention.end],
            relation=mention.relation,
            direction=mention.direction,
            distance_km=mention.distance_km,
            phrase=phrase,
        )
        if entry is None:
            place.name_ar = place.text
            place.confidence = UNRESOLVED_CONFIDENCE
            return place
        place.name = entry.name
        place.name_ar = entry.name_ar
        place.kind = entry.kind
        place.country = entry.country
        place.admin1 = entry.admin1 if entry.kind not in ("country", "demonym") else None
        place.gazetteer_id = entry.id
        place.confidence = choice.confidence
        if entry.kind != "demonym":
            place.lat, place.lon = entry.lat, entry.lon
        return place
