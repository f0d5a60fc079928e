"""Build ``src/rasd/resources/ner_gazetteer.tsv`` from the ANERgazet name lists.

    python scripts/build_ner_gazetteer.py ../shared/data/anergazet \
        --out src/rasd/resources/ner_gazetteer.tsv

Deterministic: the same lists give the same file byte for byte.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rasd.ner.gazetteer import RESOURCE, compile_dir, write_table


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("gazetteer_dir", type=Path)
    parser.add_argument("--out", type=Path, default=Path("src/rasd/resources") / RESOURCE)
    args = parser.parse_args()
    table = compile_dir(args.gazetteer_dir)
    write_table(table, args.out)
    print(f"{len(table)} words -> {args.out}")


if __name__ == "__main__":
    main()
