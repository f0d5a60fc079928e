"""rasd evaluate events: type P/R/F1 on matched triggers, argument accuracy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.document import Event, Ref, Span
from rasd.events.evaluate import EventScores, score_document
from tests.conftest import shared_path

runner = CliRunner()
GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "events.jsonl"


def _event(start: int, end: int, type_: str, actor: tuple[int, int] | None = None) -> Event:
    ref = Ref(actor[0], actor[1], "x" * (actor[1] - actor[0])) if actor else None
    return Event(trigger=Span(start, end, "x" * (end - start)), type=type_, actor=ref)


def test_counts_type_agreement_on_matched_triggers_and_argument_overlap() -> None:
    gold = [
        {"start": 0, "end": 4, "type": "RETREAT", "actor": {"start": 5, "end": 20}},
        {"start": 30, "end": 35, "type": "ASSAULT", "actor": {"start": 40, "end": 50}},
        {"start": 60, "end": 65, "type": "AID", "actor": None},
    ]
    predicted = [
        _event(1, 4, "RETREAT", (12, 20)),  # trigger without و, actor's head: right
        _event(30, 35, "COERCE", (51, 60)),  # wrong type, wrong actor
        _event(80, 85, "PROTEST"),  # no gold event
    ]
    scores = EventScores()
    score_document(scores, gold, predicted)
    assert (scores.trigger.true_positives, scores.typed.true_positives) == (2, 1)
    assert (scores.typed.precision, scores.typed.recall) == (1 / 3, 1 / 3)
    assert scores.argument_right["actor"] == 1 and scores.argument_gold["actor"] == 2
    assert scores.per_type["RETREAT"].f1 == 1.0 and scores.per_type["AID"].recall == 0.0


def test_dev_gold_is_annotated_and_scored() -> None:
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 40 and sum(len(r["events"]) for r in records) >= 50
    assert all("text" not in r for r in records)
    news = shared_path("data", "news")
    result = runner.invoke(app, ["evaluate", "events", str(GOLD), "--news", str(news), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["articles"] == len(records)
    assert scores["type"]["f1"] > 0.6 and scores["actor_accuracy"]["accuracy"] > 0.5


def test_a_changed_article_is_an_error(tmp_path: Path) -> None:
    news = shared_path("data", "news")
    record = json.loads(GOLD.read_text(encoding="utf-8").splitlines()[0])
    record["sha1"] = "0" * 40
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "events", str(gold), "--news", str(news)])
    assert result.exit_code == 2 and "sha1" in result.stderr


def test_errors_name_each_miss_false_event_wrong_type_and_argument() -> None:
    from rasd.events.evaluate import describe_errors

    text = "فر المقاتلون وهاجم الجيش القرية وقال الوزير"
    gold = [
        {"start": 0, "end": 2, "type": "RETREAT", "actor": {"start": 3, "end": 12}},
        {"start": 14, "end": 18, "type": "ASSAULT", "actor": None},
        {"start": 32, "end": 36, "type": "REQUEST", "actor": None},
    ]
    predicted = [
        _event(0, 2, "RETREAT", (25, 31)),
        _event(14, 18, "COERCE"),
        _event(37, 43, "CONSULT"),
    ]
    lines = describe_errors("a/1", text, gold, predicted)
    assert any("MISSED REQUEST" in x and "[وقال]" in x for x in lines)
    assert any("SPURIOUS CONSULT" in x and "[الوزير]" in x for x in lines)
    assert any("TYPE «هاجم» gold ASSAULT system COERCE" in x for x in lines)
    assert any("ACTOR «فر» gold «المقاتلون» system «القرية»" in x for x in lines)
    assert len(lines) == 4


def test_the_check_gold_files_follow_the_check_list() -> None:
    """events-check.jsonl annotates articles 1-30 of the check list, events-check2.jsonl
    articles 31-60, in list order, with no article text."""
    gold_dir = GOLD.parent
    listed = (gold_dir / "check-articles.txt").read_text(encoding="utf-8").split()
    for name, ids in (("events-check.jsonl", listed[:30]), ("events-check2.jsonl", listed[30:60])):
        path = gold_dir / name
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert [r["id"] for r in records] == ids
        assert all("text" not in r and "events" in r for r in records)
        result = runner.invoke(
            app,
            ["evaluate", "events", str(path), "--news", str(shared_path("data", "news")), "--json"],
        )
        assert result.exit_code == 0, result.output


def test_the_fresh_gold_file_follows_its_list() -> None:
    """events-fresh.jsonl annotates the 30 articles of events-fresh-articles.txt, in list
    order, with no article text, and none of them is in another events gold list."""
    gold_dir = GOLD.parent
    listed = (gold_dir / "events-fresh-articles.txt").read_text(encoding="utf-8").split()
    path = gold_dir / "events-fresh.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == listed
    assert all("text" not in r and "events" in r for r in records)
    others = set()
    for name in ("dev-articles.txt", "check-articles.txt", "quotes-fresh-articles.txt"):
        others |= set((gold_dir / name).read_text(encoding="utf-8").split())
    assert not others & set(listed)
    result = runner.invoke(
        app, ["evaluate", "events", str(path), "--news", str(shared_path("data", "news")), "--json"]
    )
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    "name",
    [
        "fresh2",
        "fresh3",
        "fresh12",
        "fresh13",
        "fresh14",
        "fresh15",
        "fresh16",
        "fresh17",
        "fresh18",
        "fresh19",
        "fresh20",
        "fresh21",
        "fresh22",
        "fresh23",
        "fresh24",
        "fresh25",
        "fresh27",
    ],
)
def test_a_fresh_gold_file_follows_its_list(name: str) -> None:
    """events-<name>.jsonl annotates the 40 articles of <name>-articles.txt, in list order,
    with no article text; it is read back against the corpus (sha1, spans), not scored."""
    from rasd.gold import read_gold

    gold_dir = GOLD.parent
    listed = (gold_dir / f"{name}-articles.txt").read_text(encoding="utf-8").split()
    path = gold_dir / f"events-{name}.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == listed
    assert all("text" not in r and "events" in r for r in records)
    assert len(list(read_gold(path, shared_path("data", "news"), "events"))) == len(listed)
