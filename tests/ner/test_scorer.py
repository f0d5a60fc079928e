"""The exact-span scorer on hand-made tag sequences."""

from __future__ import annotations

import pytest

from rasd.ner.scorer import score, spans


def test_spans_follow_iob2() -> None:
    labels = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"]
    assert spans(labels) == [("PER", 0, 2), ("LOC", 3, 4), ("LOC", 4, 6)]


def test_i_without_b_starts_an_entity() -> None:
    assert spans(["O", "I-ORG", "I-ORG", "O"]) == [("ORG", 1, 3)]
    # an I- of another type ends the entity and starts a new one
    assert spans(["B-PER", "I-LOC"]) == [("PER", 0, 1), ("LOC", 1, 2)]


def test_entity_running_to_the_end_is_closed() -> None:
    assert spans(["O", "B-MISC", "I-MISC"]) == [("MISC", 1, 3)]


def test_partial_match_is_a_miss() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    report = score(gold, pred)
    assert report.micro.true_positives == 1
    assert report.micro.precision == pytest.approx(1 / 2)
    assert report.micro.recall == pytest.approx(1 / 2)
    assert report.per_type["PER"].f1 == 0.0
    assert report.per_type["LOC"].f1 == 1.0


def test_wrong_type_is_a_miss_and_a_false_alarm() -> None:
    report = score([["B-ORG", "I-ORG"]], [["B-LOC", "I-LOC"]])
    assert report.per_type["ORG"].recall == 0.0
    assert report.per_type["LOC"].precision == 0.0
    assert report.micro.f1 == 0.0


def test_micro_f1_over_sentences() -> None:
    gold = [["B-PER", "O"], ["B-LOC", "I-LOC", "O", "B-ORG"]]
    pred = [["B-PER", "O"], ["B-LOC", "I-LOC", "B-ORG", "O"]]
    report = score(gold, pred)
    assert (report.micro.true_positives, report.micro.predicted, report.micro.gold) == (2, 3, 3)
    assert report.micro.f1 == pytest.approx(2 / 3)


def test_lengths_must_agree() -> None:
    with pytest.raises(ValueError):
        score([["O", "O"]], [["O"]])
