"""Who speaks: the subject after a reporting verb, cut before its apposition, linked to its
entity; and the previous speaker a subjectless ``وأضاف`` continues."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.document import Document, Entity, Ref, Token
from rasd.lang import ar_quotes as data
from rasd.ner import gazetteer
from rasd.quotes.lexicon import FEMININE, PLURAL, cue_of, in_list, is_complementizer, word_set
from rasd.spans import index_of
from rasd.text.normalize import normalize_word

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
    # لصحيفة، بالقرار، وأفراد: a preposition or a second conjunct ends the name
    return bool(taken and prefix and prefix[-1] in "بلو")


def _entity_at(doc: Document, start: int, end: int) -> Entity | None:
    """The entity best covering ``[start, end)``: a person first, then the earliest."""
    inside = [e for e in index_of(doc.entities).starting_in(start, end) if e.type in _SPEAKER_TYPES]
    if not inside:
        return None
    persons = [e for e in inside if e.type == "PER"]
    return (persons or inside)[0]


def subject_after(doc: Document, first: int, stop: int) -> tuple[int, int] | None:
    """Token range of the noun phrase that starts at ``first`` (not past ``stop``), or None."""
    tokens = doc.tokens
    i = first
    while i < stop and in_list(tokens[i], data.SKIPPABLE_AFTER_CUE):
        i += 1
    begin = i
    while i < stop and i - begin < MAX_SPEAKER_WORDS and not _stops_name(tokens[i], i - begin):
        i += 1
    return (begin, i) if i > begin else None


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
    return "PER" in gazetteer.shipped().get(tok.norm, ()) and not _stops_name(tok, 1)


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
    return normalize_word(speaker.name) in word_set(tuple(sorted(data.ANAPHORIC_SPEAKERS)))


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
