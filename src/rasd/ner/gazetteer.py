"""The name lists the tagger consults: normalized words with the entity types they belong to.

``compile_lists`` turns the ANERgazet lists (one name per line) into a small table kept in
``resources/ner_gazetteer.tsv``; ``lookup`` reads it. A word that is a whole name is marked
with the type (``LOC``); a word inside a longer name with ``LOC~`` (``جورج`` in ``جورج بوش``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from rasd.text.normalize import normalize_word

RESOURCE = "ner_gazetteer.tsv"
# ANERgazet file -> entity type
SOURCES = {
    "AlignedLocGazetteer.txt": "LOC",
    "AlignedOrgGazetteer.txt": "ORG",
    "AlignedPersGazetteer.txt": "PER",
}


def compile_lists(lists: Iterable[tuple[str, Iterable[str]]]) -> dict[str, set[str]]:
    """Normalized word -> the marks it carries, from ``(type, names)`` pairs."""
    table: dict[str, set[str]] = {}
    for kind, names in lists:
        for name in names:
            words = normalize_word(name.strip()).split()
            if not words or not all(any(c.isalpha() for c in w) for w in words):
                continue  # the ==== separators of the aligned lists, stray marks
            if len(words) == 1:
                table.setdefault(words[0], set()).add(kind)
            else:
                for word in words:
                    table.setdefault(word, set()).add(kind + "~")
    return table


def compile_dir(directory: Path) -> dict[str, set[str]]:
    """The table of the ANERgazet files in ``directory``."""
    lists = []
    for filename, kind in SOURCES.items():
        text = (directory / filename).read_text(encoding="utf-8-sig")
        lists.append((kind, text.splitlines()))
    return compile_lists(lists)


def write_table(table: dict[str, set[str]], out: Path) -> None:
    """Write the table sorted, so that the same lists give the same file byte for byte."""
    lines = [f"{word}\t{','.join(sorted(marks))}\n" for word, marks in sorted(table.items())]
    out.write_text("".join(lines), encoding="utf-8")


def read_table(path: Path) -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, marks = line.partition("\t")
        if word:
            table[word] = frozenset(marks.split(","))
    return table


@cache
def shipped() -> dict[str, frozenset[str]]:
    """The table shipped with rasd (empty when the resource is missing)."""
    path = resources.files("rasd") / "resources" / RESOURCE
    if not path.is_file():
        return {}
    return read_table(Path(str(path)))
