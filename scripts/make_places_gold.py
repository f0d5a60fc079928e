"""Turn the places annotations (names chosen by reading) into gold offsets and coordinates.

    python scripts/make_places_gold.py tests/data/gold/places-annotations.tsv \
        --news ../shared/data/news --out tests/data/gold/places.jsonl

Each annotation names a toponym as written, the gazetteer entry it refers to (an id, a
country code, ``Name/XX`` for the GeoNames place of that name in country XX, or ``lat,lon``
where the gazetteer has none) and which of its occurrences in the article are toponyms. The
script only finds the offsets (after any proclitic: و ف ب ك ل) and copies the coordinates;
it fails on a name it cannot find, so that a typo is not a silently missing toponym. A line
``ID - - none`` records an article that was read and names no place: it gets an empty record,
so that a place found there counts as spurious.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import regex

from rasd.gold import news_article, sha1
from rasd.places.gazetteer import Entry, shipped


def occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Where ``name`` stands as a word in ``text``, after optional proclitics."""
    pattern = r"(?<!\p{L})(?:[وف]?[بكل]?)(" + regex.escape(name) + r")(?!\p{L})"
    found = [(m.start(1), m.end(1)) for m in regex.finditer(pattern, text)]
    if name.startswith("ال"):  # للرياض: ل + ال with the alef dropped
        rest = regex.escape(name[1:])
        found += [
            (m.start(1), m.end(1))
            for m in regex.finditer(r"(?<!\p{L})[وف]?ل(" + rest + r")(?!\p{L})", text)
        ]
    return sorted(set(found))


def entry_of(selector: str) -> tuple[str | None, float | None, float | None]:
    if selector == "-":  # a place the annotator could not locate: a span, no coordinates
        return None, None, None
    gazetteer = shipped()
    entries: list[Entry] = list(gazetteer.entries())
    if regex.fullmatch(r"-?[\d.]+,-?[\d.]+", selector):
        lat, lon = (float(x) for x in selector.split(","))
        return None, lat, lon
    if len(selector) == 2:
        chosen = [e for e in entries if e.kind == "country" and e.country == selector]
    elif "/" in selector:
        name, country = selector.rsplit("/", 1)
        chosen = sorted(  # GeoNames first: dr5hn's towns came later than most selectors
            (e for e in entries if e.name == name and e.country == country and e.kind != "demonym"),
            key=lambda e: (e.id.startswith("dr5hn:city:"), -e.population),
        )
    else:
        chosen = [e for e in entries if e.id == selector and e.kind != "demonym"]
    if not chosen or chosen[0].lat is None or chosen[0].lon is None:
        raise SystemExit(f"no gazetteer entry for {selector!r}")
    return chosen[0].id, chosen[0].lat, chosen[0].lon


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("annotations", type=Path)
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("--out", type=Path, default=Path("tests/data/gold/places.jsonl"))
    args = parser.parse_args()
    records: dict[str, dict[str, Any]] = {}
    for line in args.annotations.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        article_id, name, selector, which = line.split("\t")
        article = news_article(args.news, article_id)
        record = records.setdefault(
            article_id,
            {
                "id": article_id,
                "sha1": sha1(article.text),
                "published": article.published,
                "places": [],
            },
        )
        if which == "none":  # read, and no toponym in it
            continue
        spans = occurrences(article.text, name)
        if not spans:
            raise SystemExit(f"{article_id}: {name!r} is not in the text")
        if which != "all":
            picked = [int(n) for n in which.split(",")]
            if max(picked) > len(spans):
                raise SystemExit(f"{article_id}: {name!r} occurs {len(spans)} times")
            spans = [spans[n - 1] for n in picked]
        gazetteer_id, lat, lon = entry_of(selector)
        for start, end in spans:
            record["places"].append(
                {
                    "start": start,
                    "end": end,
                    "text": name,
                    "gazetteer_id": gazetteer_id,
                    "lat": lat,
                    "lon": lon,
                }
            )
    with args.out.open("w", encoding="utf-8") as f:
        for record in records.values():
            record["places"].sort(key=lambda p: p["start"])
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} articles, {sum(len(r['places']) for r in records.values())} toponyms")


if __name__ == "__main__":
    main()
