"""The engines retry a failing task, report it when it keeps failing, and survive a worker
that dies; the task functions are in tests.batch.helpers so worker processes can import them."""

from __future__ import annotations

from pathlib import Path

from rasd.batch.engines import WORKER_DIED, run_local
from tests.batch.helpers import (
    always_fails,
    dies_on_bad,
    dies_on_bad_while_others_run,
    flaky,
    key_of,
)


def _tasks(tmp_path: Path, *keys: str) -> list[dict[str, str]]:
    return [{"key": key, "dir": str(tmp_path)} for key in keys]


def test_a_task_that_fails_once_is_retried_and_succeeds(tmp_path: Path) -> None:
    notes: list[str] = []
    outcomes = run_local(
        _tasks(tmp_path, "a", "b"), flaky, key_of, workers=2, retries=1, notify=notes.append
    )
    assert [(o.key, o.ok, o.attempts) for o in outcomes] == [("a", True, 2), ("b", True, 2)]
    assert len(notes) == 2 and all("trying again" in note and "hiccup" in note for note in notes)


def test_a_task_that_keeps_failing_is_reported_with_its_error(tmp_path: Path) -> None:
    outcomes = run_local(
        _tasks(tmp_path, "a"), always_fails, key_of, workers=1, retries=2, notify=lambda _: None
    )
    (outcome,) = outcomes
    assert not outcome.ok and outcome.attempts == 3
    assert outcome.error == "ValueError: cannot do a"


def test_a_dying_worker_fails_its_task_and_the_others_still_finish(tmp_path: Path) -> None:
    tasks = _tasks(tmp_path, "a", "bad", "c", "d")
    outcomes = run_local(tasks, dies_on_bad, key_of, workers=2, retries=1, notify=lambda _: None)
    by_key = {o.key: o for o in outcomes}
    assert not by_key["bad"].ok and by_key["bad"].error == WORKER_DIED
    assert by_key["bad"].attempts == 2
    assert all(by_key[k].ok for k in ("a", "c", "d"))


def test_a_task_in_flight_when_another_kills_the_worker_is_not_charged(tmp_path: Path) -> None:
    # 'a' is still running when 'bad' kills its worker and breaks the pool: 'a' is rerun
    # alone without losing an attempt, so even with no retries it succeeds
    tasks = _tasks(tmp_path, "a", "bad")
    outcomes = run_local(
        tasks, dies_on_bad_while_others_run, key_of, workers=2, retries=0, notify=lambda _: None
    )
    by_key = {o.key: o for o in outcomes}
    assert (by_key["a"].ok, by_key["a"].attempts) == (True, 1)
    assert (by_key["bad"].ok, by_key["bad"].attempts) == (False, 1)
    assert by_key["bad"].error == WORKER_DIED
