"""Grouping mentions into entities: spelling variants, clitics, descriptors and surnames."""

from __future__ import annotations

from rasd.ner.grouping import Mention, canonical_name, group, match_key


def _ids(mentions: list[Mention]) -> list[str]:
    group(mentions)
    return [m.entity_id for m in mentions]


def test_canonical_strips_proclitics_and_normalizes() -> None:
    assert canonical_name(["بالرقة"]) == "الرقه"
    assert canonical_name(["وسوريا"]) == "سوريا"


def test_spelling_variants_share_a_key() -> None:
    assert match_key(canonical_name(["سورية"])) == match_key(canonical_name(["سوريا"]))
    assert match_key(canonical_name(["تنظيم", "داعش"])) == match_key(canonical_name(["داعش"]))
    assert match_key(canonical_name(["الرقة"])) == match_key(canonical_name(["بالرقة"]))


def test_group_in_order_of_first_mention() -> None:
    mentions = [
        Mention(["سورية"], "LOC"),
        Mention(["تنظيم", "داعش"], "ORG"),
        Mention(["سوريا"], "LOC"),
        Mention(["داعش"], "ORG"),
        Mention(["بالرقة"], "LOC"),
    ]
    assert _ids(mentions) == ["e1", "e2", "e1", "e2", "e3"]
    assert mentions[2].canonical == mentions[0].canonical == "سوريه"
    assert mentions[4].canonical == "الرقه"


def test_a_surname_joins_the_full_name() -> None:
    mentions = [
        Mention(["دونالد", "ترامب"], "PER"),
        Mention(["واشنطن"], "LOC"),
        Mention(["ترامب"], "PER"),
        Mention(["دونالد"], "PER"),
    ]
    assert _ids(mentions) == ["e1", "e2", "e1", "e3"]
    assert mentions[2].canonical == "دونالد ترامب"


def test_types_keep_entities_apart() -> None:
    assert _ids([Mention(["الجزيرة"], "ORG"), Mention(["الجزيرة"], "LOC")]) == ["e1", "e2"]


def test_names_that_look_like_clitics_stay_whole() -> None:
    assert canonical_name(["كوفي", "عنان"]) == "كوفي عنان"


def test_quotes_and_descriptors_do_not_split_an_entity() -> None:
    mentions = [
        Mention(["تنظيم", '"', "داعش", '"'], "ORG"),
        Mention(["«", "داعش", "»"], "ORG"),
        Mention(["داعش"], "ORG"),
        Mention(["لداعش"], "ORG"),
        Mention(["حماس"], "ORG"),
    ]
    assert _ids(mentions) == ["e1", "e1", "e1", "e1", "e2"]
    assert {m.canonical for m in mentions[:4]} == {"داعش"}


def test_clitic_and_descriptor_variants_of_a_place() -> None:
    mentions = [
        Mention(["بالرقة"], "LOC"),
        Mention(["الرقة"], "LOC"),
        Mention(["للرقة"], "LOC"),
        Mention(["والرقة"], "LOC"),
        Mention(["بمدينة", "الرقة"], "LOC"),
        Mention(["سورية"], "LOC"),
        Mention(["لسوريا"], "LOC"),
    ]
    assert _ids(mentions) == ["e1"] * 5 + ["e2"] * 2
    assert mentions[4].canonical == "الرقه"


def test_surnames_with_article_clitics_and_two_words() -> None:
    mentions = [
        Mention(["بشار", "الأسد"], "PER"),
        Mention(["للأسد"], "PER"),
        Mention(["محمد", "بن", "سلمان"], "PER"),
        Mention(["بن", "سلمان"], "PER"),
        Mention(["سلمان"], "PER"),  # the father, not the son: no tail right after بن
        Mention(["عبد", "الله"], "PER"),
        Mention(["الله"], "PER"),
    ]
    assert _ids(mentions) == ["e1", "e1", "e2", "e2", "e3", "e4", "e5"]
    assert mentions[1].canonical == "بشار الاسد"


def test_a_full_name_after_its_surname_joins_it() -> None:
    mentions = [Mention(["ترامب"], "PER"), Mention(["دونالد", "ترامب"], "PER")]
    assert _ids(mentions) == ["e1", "e1"]
    assert mentions[0].canonical == mentions[1].canonical == "دونالد ترامب"
