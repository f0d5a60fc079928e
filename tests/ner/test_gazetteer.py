"""The name lists: compiled from ANERgazet, shipped, and looked up by the features."""

from __future__ import annotations

from pathlib import Path

from rasd.ner import gazetteer
from tests.conftest import shared_path


def test_compile_marks_whole_names_and_parts() -> None:
    table = gazetteer.compile_lists(
        [("LOC", ["====", "الأردن", "نيو يورك"]), ("PER", ["جورج بوش", "جورج"])]
    )
    assert table["الاردن"] == {"LOC"}
    assert table["يورك"] == {"LOC~"}
    assert table["جورج"] == {"PER", "PER~"}
    assert not any(word.startswith("=") for word in table)


def test_shipped_table_is_what_the_build_makes(tmp_path: Path) -> None:
    table = gazetteer.compile_dir(shared_path("data", "anergazet"))
    gazetteer.write_table(table, tmp_path / "g.tsv")
    assert gazetteer.read_table(tmp_path / "g.tsv") == gazetteer.shipped()
    assert "LOC" in gazetteer.shipped()["بغداد"]
