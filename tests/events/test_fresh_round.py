"""Rules of the round tuned on the fresh and fresh2 sets (docs/events.md, "A rules round on
the fresh sets"), each on sentences written for these tests: the word that makes an event
the same as one told, no event, or names its actor."""

from __future__ import annotations

from rasd.document import Event
from tests.events import coding

PUBLISHED = "2015-08-10"


def code(text: str) -> list[Event]:
    return coding.code(text, PUBLISHED)


def one(text: str) -> Event:
    return coding.one(text, PUBLISHED)


def triggers(text: str) -> list[str]:
    return [e.trigger.text for e in code(text)]


def test_the_attack_a_killing_happened_in_is_one_event_with_its_actor() -> None:
    event = one("قتل خمسة جنود في هجوم شنه مسلحو الحركة على حاجز للجيش أمس.")
    assert event.trigger.text == "قتل"
    assert event.actor is not None and event.actor.text.startswith("مسلحو الحركة")
    assert event.target is not None and event.target.text.startswith("خمسة جنود")


def test_the_attack_noun_after_a_comma_gives_the_killing_its_actor() -> None:
    event = one("قتل شرطيان صباح السبت في بلدة الشمال، في هجوم جديد نسبته السلطات إلى المتمردين.")
    assert event.trigger.text == "قتل"
    assert event.actor is not None and event.actor.text == "المتمردين"


def test_clashes_between_two_sides_name_the_killing_s_actor() -> None:
    event = one("وقتل ثلاثة مسلحين في اشتباكات بين قوات الأمن والمسلحين قرب الحدود.")
    assert event.trigger.text == "قتل"
    assert event.actor is not None and event.actor.text == "قوات الأمن"


def test_an_attack_noun_with_no_killing_before_it_is_still_an_event() -> None:
    assert triggers("ونفذ المسلحون أمس هجوما على حاجز للجيش.") == ["هجوما"]
