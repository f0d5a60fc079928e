"""The event lexicon: compiled from the CAMEO dictionaries, shipped, rebuilt identically."""

from __future__ import annotations

from pathlib import Path

from rasd.events import lexicon
from rasd.events.forms import verb_forms
from rasd.events.triggers import read_supplement, table
from tests.conftest import shared_path


def test_plover_map_reads_codes_and_falls_back_to_the_parent() -> None:
    table_ = lexicon.read_plover_map(
        [
            "18: ASSAULT",
            "180: ASSAULT, ,  # x",
            "195: ASSAULT, heavy-weapons, military # y",
            "0874: RETREAT, disarm,   military # z",
        ]
    )
    assert lexicon.plover_of("195", table_) == ("ASSAULT", "heavy-weapons")
    assert lexicon.plover_of("1951", table_) == ("ASSAULT", "heavy-weapons")
    assert lexicon.plover_of("186", table_) == ("ASSAULT", None)  # group base 180
    assert lexicon.plover_of("0874", table_) == ("RETREAT", "disarm")
    assert lexicon.plover_of("010", table_) is None  # statements: dropped by PLOVER


def test_verb_blocks_keep_lemmas_codes_and_patterns() -> None:
    lines = [
        "&WEAPON",
        "+سلاح_",
        "+أسلحة_",
        "--- قدم [---] ---",
        "قدم                # give",
        "سلم+إلى [073]      # hand",
        "- * &WEAPON [072] # قدم",
        "- * (ل مساعدة) [073] # قدم",
    ]
    blocks = lexicon.read_blocks(lines, lexicon.read_sets(lines))
    assert len(blocks) == 1
    assert dict(blocks[0]["lemmas"]) == {"قدم": None, "سلم": "073"}
    codes = {code for _, code in blocks[0]["patterns"]}
    assert codes == {"072", "073"}
    weapon = next(el for el, code in blocks[0]["patterns"] if code == "072")
    assert ["سلاح"] in weapon[0] and ["اسلحه"] in weapon[0]


def test_actor_codes_give_country_and_coarse_role() -> None:
    actors = lexicon.read_actors(
        [
            "حركة_حماس_",
            "\t[PSEREB 20140908-20161010]",
            "وزارة_دفاع_أميركي_  [USAGOV]",
            "الناتو  [IGO]",
        ]
    )
    assert actors["حركه حماس"] == ("PSE", "rebel")
    assert actors["وزاره دفاع اميركي"] == ("USA", "government")
    assert actors["الناتو"] == (None, "international organization")


def test_shipped_lexicon_is_what_the_build_makes(tmp_path: Path) -> None:
    built = lexicon.compile_lexicon(
        shared_path("data", "petrarch-ar"), shared_path("data", "plover")
    )
    lexicon.write_lexicon(built, tmp_path / "lexicon.json")
    shipped = Path(__file__).resolve().parents[2] / "src/rasd/resources" / lexicon.RESOURCE
    assert (tmp_path / "lexicon.json").read_bytes() == shipped.read_bytes()
    assert built["codes"]["195"] == ["ASSAULT", "heavy-weapons"]


def test_supplement_lines_are_well_formed_and_known_types() -> None:
    plover = {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
        "OTHER",
        "-",
    }
    rows = read_supplement()
    assert len(rows) > 60
    assert {row[3] for row in rows} <= plover


def test_verb_forms_cover_tense_person_and_weak_verbs() -> None:
    assert {"انسحب", "انسحبت", "انسحبوا", "ينسحب", "تنسحب", "ينسحبون"} <= verb_forms("انسحب")
    assert {"استولت", "استولوا", "يستولي", "يستولون"} <= verb_forms("استولى")
    assert {"ادان", "ادانت", "يدين", "تدين"} <= verb_forms("أدان", "دين")
    assert {"دعا", "دعت", "دعوا", "يدعو"} <= verb_forms("دعا", "دعو")
    assert "فرن" not in verb_forms("فرّ")  # an oven is no flight


def test_table_finds_supplement_forms_and_silences_cameo_lemmas() -> None:
    t = table(True)
    assert [r.type for r in t.rules("انسحبوا")][:1] == ["RETREAT"]
    assert all(r.type == "-" for r in t.rules("اعلن") if r.source == "supplement")
    assert not any(r.source == "cameo" for r in t.rules("اعلن"))
