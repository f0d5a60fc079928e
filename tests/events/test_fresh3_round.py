"""Rules of the round tuned on events-fresh3 (docs/events.md, "Session 17"), each on
sentences written for these tests: a warrant and a conviction name no event, a refusal
after a relative describes, costs borne are aid and stones thrown an attack."""

from __future__ import annotations

from functools import partial

from tests.events import coding

types = partial(coding.types, published="2015-08-04")


def test_a_warrant_names_an_arrest_and_does_not_report_one() -> None:
    assert types("وأصدرت المحكمة في 2009 مذكرات اعتقال بحق الرئيس.") == []
    assert ("اعتقال", "COERCE") in types("وأعلنت الشرطة اعتقال ثلاثة مطلوبين أمس.")


def test_a_conviction_is_no_condemnation() -> None:
    assert types("وبلغ عدد القضايا التي صدر بها حكم إدانة بالحق الخاص 253 قضية.") == []


def test_a_refusal_after_a_relative_describes_its_subject() -> None:
    assert types("ونجح الرئيس الذي يرفض سلطة المحكمة في السفر عبر أفريقيا.") == []


def test_costs_borne_by_an_official_are_aid() -> None:
    text = "وشكرت العائلة السفير السعودي على تكفله، إذ تكفلت السفارة بنقل الطفلة إلى المملكة."
    assert ("تكفلت", "AID") in types(text)


def test_stones_thrown_at_a_speaker_are_an_attack() -> None:
    assert types("أصيب رئيس الوزراء حين رشقه حضور بالحجارة والأحذية.") == [("رشقه", "ASSAULT")]
