"""The CoNLL reader on small files written by the tests."""

from __future__ import annotations

from pathlib import Path

from rasd.ner.conll import TaggedSentence, clean_label, read_conll, split_dev


def test_sentences_end_at_the_full_stop_and_at_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "tiny.conll"
    path.write_text(
        "\ufeffقال O\r\nجورج B-PERS\nبوش I-PERS\n. O\n"
        "في O\nبغداد\u200e B-LOC\n\nالأمم B-ORG\nالمتحدة I-ORG\n",
        encoding="utf-8",
    )
    sentences = read_conll(path)
    assert [s.tokens for s in sentences] == [
        ("قال", "جورج", "بوش", "."),
        ("في", "بغداد"),
        ("الأمم", "المتحدة"),
    ]
    assert sentences[0].labels == ("O", "B-PER", "I-PER", "O")
    assert sentences[1].labels == ("O", "B-LOC")


def test_the_label_follows_the_last_space(tmp_path: Path) -> None:
    path = tmp_path / "space.conll"
    path.write_text("نيو يورك B-LOC\nوحدها\n", encoding="utf-8")
    (sentence,) = read_conll(path)
    assert sentence.tokens == ("نيو يورك", "وحدها")
    assert sentence.labels == ("B-LOC", "O")


def test_labels_are_cleaned() -> None:
    assert clean_label("B-PERS") == "B-PER"
    assert clean_label("I-LOC ") == "I-LOC"
    assert clean_label("X-LOC") == "O"
    assert clean_label("garbage") == "O"


def test_the_development_split_is_the_last_part() -> None:
    sentences = [TaggedSentence((str(i),), ("O",)) for i in range(20)]
    train, dev = split_dev(sentences, 0.1)
    assert [s.tokens[0] for s in dev] == ["18", "19"]
    assert train == sentences[:18]
