"""Rules of the round tuned on events-fresh18 and events-fresh19 (docs/events.md, "Session
20"), on sentences written for these tests: advice and punishment are events, thanks given
with a joined و are thanks, and a count, a verdict, an idiom or a reception of travellers is
no event."""

from __future__ import annotations

import pytest

from tests.events import coding


def test_advice_given_to_officials_is_a_request() -> None:
    text = "ونصح رئيس المجلس البلدي الأعضاء الجدد بنقل صوت المواطن إلى الأمانة."
    event = coding.one(text)
    assert (event.trigger.text, event.type) == ("نصح", "REQUEST")
    assert event.actor is not None and event.actor.text.startswith("رئيس المجلس البلدي")


def test_general_advice_in_the_present_is_no_request() -> None:
    assert coding.types("ينصح الأطباء بشرب الماء في الصيف.") == []


def test_a_court_that_punishes_coerces() -> None:
    assert coding.types("عاقب القضاء أمس مواطنا تستر على مطلوب أمنيا.") == [("عاقب", "COERCE")]
    assert coding.types("ويعاقب النظام كل من يخالف التعليمات بغرامة.") == []


def test_thanks_after_a_verb_the_clitic_layer_leaves_joined_are_thanks() -> None:
    text = "وأعرب وزير الخارجية عن شكره لنظيره الأردني على موقفه."
    assert ("شكره", "SUPPORT") in coding.types(text)


@pytest.mark.parametrize(
    "text",
    [
        "وتقدم للقبول هذا العام 22 ألف طالبة و16 ألف طالب من أنحاء المنطقة.",
        "وحكمت المحكمة على المتهمين بعد إدانتهم بتهم تهريب الأشخاص.",
        "وحتى يصيب السهم في مقتل، يجب أن يتقن الرامي التصويب.",
        "استقبل مطار المنطقة أمس أول رحلة دولية من القاهرة.",
        "واستقبلت الجامعة خلال الأسبوع الماضي المتقدمين للقبول.",
        "واستقبل أبناء الفقيد العزاء في منزل العائلة.",
        "ولقي شخصان مصرعهما وأصيب 15 آخرون بجروح مختلفة.",
    ],
)
def test_a_count_a_verdict_an_idiom_or_a_reception_of_travellers_is_no_event(
    text: str,
) -> None:
    assert coding.types(text) == []


def test_an_official_received_by_an_official_is_still_a_meeting() -> None:
    text = "استقبل أمير المنطقة في مكتبه أمس سفير اليابان لدى المملكة."
    assert coding.types(text) == [("استقبل", "CONSULT")]
