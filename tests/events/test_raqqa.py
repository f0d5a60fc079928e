"""The example article of the issue: the events a reader of it expects, each with its actor."""

from __future__ import annotations

import pytest

from rasd.document import Event
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def events(raqqa_text: str) -> list[Event]:
    doc = Pipeline()(raqqa_text, "2017-05-10")
    doc.check_offsets()
    return doc.events


def _find(events: list[Event], trigger: str) -> Event:
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in events]
    return found[0]


def test_flight_from_raqqa_is_a_retreat_by_the_fighters(events: list[Event]) -> None:
    fled = _find(events, "فرَّ")
    assert fled.type == "RETREAT" and fled.sentence == 1
    assert fled.actor is not None and fled.actor.text == 'مقاتلو تنظيم "داعش"'
    assert fled.actor_role == "insurgent"


def test_capture_of_the_town_is_an_assault_by_the_sdf(events: list[Event]) -> None:
    captured = _find(events, "استولت")
    assert captured.type == "ASSAULT"
    assert captured.actor is not None and captured.actor.text == "قوات الدفاع الذاتي"
    assert (captured.actor_country, captured.actor_role) == ("SYR", "rebel")


def test_weapons_announcement_is_future_aid_by_the_united_states(events: list[Event]) -> None:
    aid = _find(events, "ستقدم")
    assert (aid.type, aid.status) == ("AID", "future")
    assert aid.actor is not None and aid.actor.text == "الولايات المتحدة"
    assert aid.target is not None and "وحدات حماية الشعب" in aid.target.text
    assert (aid.date, aid.date_precision) == ("2017-05-09", "day")  # يوم الثلاثاء


def test_defection_and_surrender_share_their_actor(events: list[Event]) -> None:
    defected, surrendered = _find(events, "انشق"), _find(events, "استسلم")
    assert defected.sentence == surrendered.sentence
    assert surrendered.type == "RETREAT" and surrendered.mode == "disarm"
    assert defected.actor is not None and surrendered.actor is not None
    assert defected.actor.text == surrendered.actor.text == "أحد الأعضاء"
    assert defected.date == "2017-04"  # الشهر الماضي


def test_turkey_accuses_nato(events: list[Event]) -> None:
    accused = _find(events, "اتهمت")
    assert accused.type == "ACCUSE"
    assert accused.actor is not None and accused.actor.text == "تركيا"
    assert accused.target is not None and accused.target.text == "حلف الناتو"


def test_expected_attack_is_no_event(events: list[Event]) -> None:
    assert not [e for e in events if e.trigger.text == "الهجوم" and e.sentence == 8]
