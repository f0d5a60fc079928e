"""Who speaks: the subject after a reporting verb, cut before its apposition, linked to its
entity; and the previous speaker a subjectless ``وأضاف`` continues."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.document import Document, Entity, Ref, Token
from rasd.lang import ar_quotes as data
from rasd.ner import gazetteer
from rasd.quotes.lexicon import (
    FEMININE,
    PLURAL,
    cue_of,
    in_list,
    is_complementizer,
    matching,
)
from rasd.spans import index_of
from rasd.text.clitics import _frequencies as word_counts
from rasd.text.normalize import normalize_word
from rasd.text.sentences import spaced_abbreviation

MAX_SPEAKER_WORDS = 7
_SPEAKER_TYPES = frozenset(["PER", "ORG", "LOC", "GPE", "MISC"])


@dataclass(slots=True)
class Speaker:
    """A speaker found in the text: its span, best name, and the agreement it showed."""

    ref: Ref
    name: str
    gender: str
    plural: bool = False


def _stops_name(tok: Token, taken: int) -> bool:
    if tok.kind != "word":
        return True
    if taken and in_list(tok, data.NAME_JOINERS):
        return False
    if in_list(tok, data.SPEAKER_STOPS) or is_complementizer(tok) or cue_of(tok) is not None:
        return True
    if taken and in_list(tok, data.APPOSITION_HEADS):
        return True
    prefix = tok.clitics.prefix if tok.clitics is not None else ""
    if taken and _speech_with_pronoun(tok):
        return True  # واختتم وكيل الوزارة تصريحه: the speech is the object, no name
    # لصحيفة، بالقرار، وأفراد: a preposition or a second conjunct ends the name
    return bool(taken and prefix and prefix[-1] in "بلو")


def _speech_with_pronoun(tok: Token) -> bool:
    """تصريحه، كلمتها: a speech noun with a possessive pronoun."""
    clitics = tok.clitics
    if clitics is None or clitics.suffix not in ("ه", "ها", "هم"):
        return False
    return normalize_word(clitics.stem) in matching(data.SPEECH_NOUNS)


def _entity_at(doc: Document, start: int, end: int) -> Entity | None:
    """The entity best covering ``[start, end)``: a person first, then the earliest."""
    inside = [e for e in index_of(doc.entities).starting_in(start, end) if e.type in _SPEAKER_TYPES]
    if not inside:
        return None
    persons = [e for e in inside if e.type == "PER"]
    return (persons or inside)[0]


def in_abbreviation(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is a letter group or a full stop of an abbreviation written with
    stops and no spaces (إن.بي.سي، سي.إن.إن): its إن is no complementizer."""

    def glued(a: int) -> bool:  # tokens a and a + 1 touch: a short word and a full stop
        if a < 0 or a + 1 >= len(tokens) or tokens[a].end != tokens[a + 1].start:
            return False
        pair = (tokens[a], tokens[a + 1])
        stops = [t for t in pair if t.text == "."]
        words = [t for t in pair if t.kind == "word" and len(t.norm) <= 3]
        return len(stops) == 1 and len(words) == 1

    tok = tokens[i]
    if spaced_abbreviation(tokens, i) or (tok.text == "." and spaced_abbreviation(tokens, i - 1)):
        return True  # سي. إن. إن.: with spaces
    if tok.text == ".":
        return glued(i - 1) and glued(i)
    if tok.kind != "word" or len(tok.norm) > 3:
        return False
    return (glued(i) and glued(i + 1)) or (glued(i - 1) and glued(i - 2))


def subject_after(doc: Document, first: int, stop: int) -> tuple[int, int] | None:
    """Token range of the noun phrase that starts at ``first`` (not past ``stop``), or None."""
    tokens = doc.tokens
    i = first
    while i < stop and in_list(tokens[i], data.SKIPPABLE_AFTER_CUE):
        i += 1
    if i + 1 < stop and in_list(tokens[i], MANNER_NOUNS) and not _definite(tokens[i + 1]):
        i += 2  # أجاب بشكل قاطع أن: how, and its adjective; no subject
    if i + 2 < stop and _initial_title(tokens, i):
        i += 2  # وأوضح د.مريع: the title's initial and its full stop, then the name
    begin = i
    while (
        i < stop
        and i - begin < MAX_SPEAKER_WORDS
        and (in_abbreviation(tokens, i) or not _stops_name(tokens[i], i - begin))
    ):
        i += 1
    return (begin, i) if i > begin else None


MANNER_NOUNS = ("بشكل", "بصورة", "بطريقة", "بلهجة")  # بشكل قاطع: an adverbial phrase
TITLE_INITIALS = frozenset({"د", "ا", "م"})  # د. (doctor), أ. (professor), م. (engineer)


def _initial_title(tokens: list[Token], i: int) -> bool:
    """``د.مريع``, ``د. أحمد``: a title's one-letter initial, its full stop glued to it, and a
    word after it."""
    tok, stop, after = tokens[i], tokens[i + 1], tokens[i + 2]
    return (
        tok.kind == "word"
        and tok.norm in TITLE_INITIALS
        and stop.text == "."
        and tok.end == stop.start
        and after.kind == "word"
    )


def speaker_from_tokens(doc: Document, begin: int, end: int, gender: str) -> Speaker:
    """The speaker named by tokens ``[begin, end)``: the entity there if the tagger found one
    (a person inside a title such as وزير الخارجية عادل الجبير), else the words themselves."""
    tokens = doc.tokens
    start, stop = tokens[begin].start, tokens[end - 1].end
    entity = _entity_at(doc, start, stop)
    if entity is not None and (entity.type == "PER" or entity.start == start):
        start, stop = entity.start, entity.end
    ref = Ref(start, stop, doc.text[start:stop], entity.entity_id if entity else None)
    head = tokens[begin]
    plural = gender == PLURAL or in_list(head, data.PLURAL_SOURCES)
    return Speaker(ref, ref.text, gender, plural)


def _first_name(tok: Token) -> bool:
    clitics = tok.clitics
    if tok.kind != "word" or (clitics is not None and (clitics.article or clitics.prefix)):
        return False
    if tok.norm == "علي":  # the name علي, not the preposition على (both fold to علي)
        return tok.text.endswith("ي")
    if in_list(tok, data.NOMINAL_SOURCES) or in_list(tok, data.NOT_A_FIRST_NAME):
        return False  # في بيان صحفي: بيان is on the name list too
    if _servant_name(tok.norm):
        return not _stops_name(tok, 1)
    return "PER" in gazetteer.shipped().get(tok.norm, ()) and not _stops_name(tok, 1)


def _servant_name(norm: str) -> bool:
    """عبدالباسط، عبدالحميد: عبد and a name of God written as one word, a first name whether
    or not the name list has this spelling (it has عبد الباسط as two words)."""
    return norm.startswith("عبدال") and len(norm) >= 7


def name_in(doc: Document, begin: int, end: int) -> tuple[int, int] | None:
    """A person's name the tagger missed in tokens ``[begin, end)``: a first name from the
    name list (مشوح، فادي) and the one to three words after it (الحوشان، محرس الصيعري)."""
    tokens = doc.tokens
    for k in range(begin, end):
        if not _first_name(tokens[k]):
            continue
        stop = k + 1
        while stop < end and stop - k < 4 and not _stops_name(tokens[stop], 1):
            stop += 1
        if stop - k >= 2:
            return k, stop
    return None


MAX_TITLED_NAME_WORDS = 4
COMMON_WORD_COUNT = 200  # a word seen this often in the news is a word, not a rare name
_OBJECT_SUFFIXES = ("ها", "هم", "هما", "هن", "كم", "كما", "نا")
_ARTICLE_FORMS = ("ال", "وال", "فال", "بال", "كال", "لل")


def _definite(tok: Token) -> bool:
    """A word with the article, read from its letters (the clitic analysis guesses wrong on
    names it does not know: الدمى without the article); not إلى, الذي."""
    return (
        tok.kind == "word"
        and len(tok.norm) > 3
        and tok.norm.startswith("ال")
        and not _listed_stop(tok)
        and not in_list(tok, data.RELATIVES)
    )


def _listed_stop(tok: Token) -> bool:
    return (
        tok.kind != "word"
        or in_list(tok, data.SPEAKER_STOPS)
        or in_list(tok, data.SKIPPABLE_AFTER_CUE)
        or in_list(tok, data.APPOSITION_HEADS)
        or is_complementizer(tok)
        or cue_of(tok) is not None
    )


def _bare_word(tok: Token) -> bool:
    """A word with no article: what a first name looks like (its letters only: وليد، بلال)."""
    return tok.kind == "word" and len(tok.norm) > 1 and not tok.norm.startswith(_ARTICLE_FORMS)


def _may_start_name(tok: Token) -> bool:
    if not _bare_word(tok) or len(tok.norm) < 3:
        return False
    kinds = gazetteer.shipped().get(tok.norm, frozenset())
    person = "PER" in kinds
    if not person and (kinds or word_counts().get(tok.norm, 0) >= COMMON_WORD_COUNT):
        return False  # تعز، لندن: a place; مثل، وسائل، أصبحت: a common word
    if _listed_stop(tok) or in_list(tok, data.NOT_A_FIRST_NAME):
        return False
    if in_list(tok, data.NOMINAL_SOURCES):
        return False
    if person:
        return True
    if tok.norm.startswith("و"):
        return False  # ومطاحن الدقيق: a second conjunct (وليد, وائل are on the name list)
    clitics = tok.clitics
    if clitics is not None and (clitics.prefix or clitics.suffix in _OBJECT_SUFFIXES):
        return False  # وتحقيق، لنصرة، إنتاجها: a word with a clitic
    # فيلماً، عاشوا: an indefinite accusative or a plural verb
    return not tok.text.endswith(("ً", "اً")) and not tok.norm.endswith("وا")


def _may_precede_name(tok: Token, after_comma: bool) -> bool:
    """What stands before a name that follows a title: a comma, the title's last word with
    the article (الجنوبية ذكرى), or a place (في تعز رشاد) — not a bare noun, whose next word
    is its genitive (وحدات حماية الشعب), nor a preposition (في تعز)."""
    if tok.kind != "word":
        return after_comma and tok.text in ("،", ",")
    if _definite(tok) or (len(tok.norm) > 4 and tok.norm.startswith("لل")):
        return True  # المتحدث الرسمي للمركز رأفت الصباغ; not للمهاجرين فوق المركب
    return "LOC" in gazetteer.shipped().get(tok.norm, frozenset()) and not _listed_stop(tok)


def _ends_name(tok: Token) -> bool:
    """After a name: punctuation, a preposition, a complementizer, a reporting word."""
    return _listed_stop(tok) or _stops_name(tok, 1)


def titled_name(
    doc: Document, begin: int, end: int, after_comma: bool = True
) -> tuple[int, int] | None:
    """A person's name that neither the tagger nor the name list knows, after a title that
    starts at ``begin`` (``[begin, end)``): bare words ending in a family name with the article,
    followed by punctuation or a preposition — ``الصحفية والناشطة الجنوبية ذكرى العراسي عن``,
    ``المدير التنفيذي للمرصد، فادي محرس الصيعري،``, ``المتحدث باسم المقاومة في تعز رشاد
    الشرعبي إن``. The title itself is never the name (``صانعة الدمى زهراء الميلاد``); with
    ``after_comma`` false, a name right after a comma is not taken (the words before the comma
    need not be a title)."""
    tokens = doc.tokens
    for k in range(begin + 1, end):
        if not _may_start_name(tokens[k]) or not _may_precede_name(tokens[k - 1], after_comma):
            continue
        stop = k + 1
        while stop < end and stop - k < MAX_TITLED_NAME_WORDS:
            tok = tokens[stop]
            if _definite(tok):
                stop += 1
                if stop >= end or _ends_name(tokens[stop]):
                    return k, stop  # … and the family name: الشرعبي، العراسي
                break
            if not (_may_start_name(tok) or in_list(tok, data.NAME_PARTS)):
                break
            stop += 1
        # … اليمنيين مروان دماج إن: rare bare words, the last no name part, then a stop
        closed = stop >= end or _ends_name(tokens[stop])
        if closed and stop - k >= 2 and _may_start_name(tokens[stop - 1]):
            return k, stop
    return None


def entity_before(doc: Document, i: int) -> Entity | None:
    """The entity whose last token is ``i - 1`` (الوزير عادل الجبير أكد أن …)."""
    if i == 0:
        return None
    end = doc.tokens[i - 1].end
    for e in index_of(doc.entities).ending_at(end):
        if e.type in ("PER", "ORG"):  # a place before a verb is in a phrase
            return e
    return None


def is_anaphoric(speaker: Speaker) -> bool:
    return normalize_word(speaker.name) in matching(data.ANAPHORIC_SPEAKERS)


def previous_speaker(history: list[Speaker], gender: str) -> Speaker | None:
    """The latest speaker a subjectless verb of ``gender`` continues: وأضافت skips a man,
    وأضافوا looks for a plural source; None rather than a guess."""
    for speaker in reversed(history):
        if gender == PLURAL:
            if speaker.plural:
                return speaker
        elif gender == FEMININE:
            if speaker.gender == FEMININE or speaker.gender == "":
                return speaker
        elif speaker.gender != FEMININE or speaker.gender == "":
            return speaker
    return None
