"""Build ``src/rasd/resources/event_lexicon.json`` from the Arabic CAMEO and PLOVER data.

    .venv/bin/python scripts/build_event_lexicon.py ../shared/data/petrarch-ar \
        ../shared/data/plover --out src/rasd/resources/event_lexicon.json

Deterministic: the same dictionaries give the same file byte for byte.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rasd.events.lexicon import RESOURCE, compile_lexicon, write_lexicon


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("petrarch_dir", type=Path)
    parser.add_argument("plover_dir", type=Path)
    parser.add_argument("--out", type=Path, default=Path("src/rasd/resources") / RESOURCE)
    args = parser.parse_args()
    lexicon = compile_lexicon(args.petrarch_dir, args.plover_dir)
    write_lexicon(lexicon, args.out)
    print(
        f"{len(lexicon['blocks'])} verb blocks, {len(lexicon['codes'])} codes, "
        f"{len(lexicon['actors'])} actors, {len(lexicon['agents'])} agents -> {args.out}"
    )


if __name__ == "__main__":
    main()
