"""Interviews: the answers of a question-and-answer article are the interviewee's quotes.

An article is an interview when it announces one (``وفيما يلي حوار «الشرق الأوسط» مع فلان``,
``أجرت … لقاء مع``, ``في مقابلة مع``, ``فلان يتحدث في هذا اللقاء عن``) or marks its answers
(``ج:``). A question is a paragraph that ends with a question mark or opens with ``س:``; the
paragraph after it (and those up to the next question, when one follows) is the answer, a
direct quote of the interviewee without its marker (``*``, ``●●``, ``-``, ``ج:``); fewer than
three answers make no interview. The
interviewee is the guest the lead names (``ضيفنا الشاعر فلان``), else the last speaker quoted
before the first answer (the article's lead usually quotes them), else the person after ``مع``
in the announcement or the subject before ``يتحدث في هذا اللقاء``, else the first person the
tagger found.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from rasd.document import Document, Ref
from rasd.quotes.speakers import Speaker, speaker_from_tokens, subject_after

_ANNOUNCES = regex.compile(
    r"(?:حوار|الحوار|حوارا|حواراً|لقاء|اللقاء|لقاءً|مقابلة|المقابلة|مقابلته)"
    r"[^.؟?\n]{0,40}?(?<!\S)مع(?:ه|ها)?(?!\p{L})"
    # فلان يتحدث في هذا اللقاء عن …: the interview named without مع
    r"|(?<!\S)(?:في|خلال)\s+(?:هذا|هذه)\s+(?:اللقاء|الحوار|المقابلة)(?!\p{L})"
)
_GUEST = regex.compile(r"(?<!\S)(?:ضيفنا|ضيفتنا|وضيفنا|وضيفتنا)(?!\p{L})")
_QUESTION_MARK = regex.compile(r"^\s*(?:س\s*[:/\-–]|سؤال\s*:)")
_ANSWER_MARK = regex.compile(r"^\s*(?:ج\s*[:/\-–]|الجواب\s*:|[*•●\-–]+)\s*")
_MARKED_ANSWER = regex.compile(r"^\s*(?:ج\s*[:/\-–]|الجواب\s*:)")
MIN_MARKED_ANSWERS = 2  # without an announcement, this many ج: answers make an interview
MIN_ANSWERS = 3  # an interview has at least this many answers (one or two are rhetoric)


@dataclass(frozen=True, slots=True)
class Answer:
    start: int
    end: int


def _is_question(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and (stripped[-1] in "؟?" or bool(_QUESTION_MARK.match(stripped)))


def answers(doc: Document) -> list[Answer]:
    """The answer spans of an interview (none when ``doc`` is not one)."""
    text = doc.text
    marks = text.count("؟") + text.count("?") + text.count("\nس")
    if marks < MIN_ANSWERS:
        return []  # too few questions for an interview (the cheap test, most articles stop)
    paragraphs = [(p.start, p.end) for p in doc.paragraphs if text[p.start : p.end].strip()]
    questions = [_is_question(text[a:b]) for a, b in paragraphs]
    if sum(questions) < MIN_ANSWERS:
        return []
    marked = sum(1 for a, b in paragraphs if _MARKED_ANSWER.match(text[a:b]))
    if marked < MIN_MARKED_ANSWERS and not _ANNOUNCES.search(text):
        return []
    found: list[Answer] = []
    for n, (a, b) in enumerate(paragraphs):
        if questions[n] or not ((n > 0 and questions[n - 1]) or _MARKED_ANSWER.match(text[a:b])):
            continue
        last = n
        if any(questions[n + 1 :]):  # an answer over several paragraphs, up to the next question
            while last + 1 < len(paragraphs) and not questions[last + 1]:
                last += 1
        start = a + _ANSWER_MARK.match(text[a:b]).end() if _ANSWER_MARK.match(text[a:b]) else a
        while start < b and text[start].isspace():
            start += 1
        end = paragraphs[last][1]
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            found.append(Answer(start, end))
    return found if len(found) >= MIN_ANSWERS else []


def _named_at(doc: Document, at: int, lead: bool) -> Speaker | None:
    """The noun phrase after the word at character ``at`` (مع فلان، ضيفنا فلان) or, with
    ``lead``, the one that opens its sentence (فلان يتحدث في هذا اللقاء)."""
    k = next((i for i, t in enumerate(doc.tokens) if t.start == at), None)
    if k is None:
        return None
    sentence = next(s for s in doc.sentences if s.token_start <= k < s.token_end)
    if lead:
        subject = subject_after(doc, sentence.token_start, max(sentence.token_start, k - 1))
    else:
        subject = subject_after(doc, k + 1, sentence.token_end)
    return speaker_from_tokens(doc, subject[0], subject[1], "") if subject else None


def interviewee(doc: Document, before: int, quoted: Speaker | None) -> Speaker | None:
    """Who answers: the guest the lead names (``ضيفنا الشاعر فلان``), else ``quoted`` (the last
    speaker before the first answer, at ``before``), else the person after ``مع`` in the
    announcement or the subject before ``يتحدث في هذا اللقاء``, else the first person named."""
    guest = _GUEST.search(doc.text, 0, before)
    named = _named_at(doc, guest.start(), lead=False) if guest else None
    if named is not None:
        return named
    if quoted is not None:
        return quoted
    found = _ANNOUNCES.search(doc.text, 0, before)
    if found is not None:
        with_whom = "مع" in found.group()  # the مع (معه names no one), else في هذا اللقاء
        at = found.group().rindex("مع") + found.start() if with_whom else found.start()
        named = _named_at(doc, at, lead=not with_whom)
        if named is not None:
            return named
    person = next((e for e in doc.entities if e.type == "PER"), None)
    if person is None:
        return None
    ref = Ref(person.start, person.end, person.text, person.entity_id)
    return Speaker(ref, person.text, "")
