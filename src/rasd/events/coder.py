"""Find events in a document: triggers, then who did it, to whom, where and when.

Sentence by sentence, each word token is looked up in the trigger table through every form the
clitic layer gives (``Token.match_forms``). A trigger after a negation (``لم ينسحب``, ``لن``,
``عدم``) makes no event: PLOVER codes what happened, and readers of the contract that do not
know an extra field must not count it. A future (``ستقدم``, ``سوف``), a possibility
(``قد يؤجج``), a plan (``يعتزم``) or a condition (``إذا``) is kept, with ``status`` saying so.

Arguments are spans, not guesses: candidates are the tagger's entities and nominal groups that
start with a known actor word (``مقاتلو تنظيم "داعش"``, ``قوات الدفاع الذاتي``). The actor of a
verb is the candidate right after it (Arabic verb-subject order), else the one before it in its
clause (``تركيا التي اتهمت``), else, for a verb joined by و to an earlier one, that verb's
actor. The target is the next candidate of the clause that is not the actor and not behind a
preposition of place or origin. The place is a place of the places layer in the sentence, the
date a date of the dates layer in the sentence, else the publication date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from rasd.document import DateMention, Document, Event, Ref, Span, Token
from rasd.events import actors
from rasd.events.triggers import NONE, Rule, TriggerTable
from rasd.text.normalize import normalize_word

S = TypeVar("S", bound=Span)


def _norm_set(*words: str) -> frozenset[str]:
    return frozenset(normalize_word(w) for w in words)


NEGATORS = _norm_set("لم", "لن", "لا", "ليس", "لما", "عدم", "دون", "بدون", "ولم", "ولن", "فلم")
FUTURE = _norm_set("سوف", "وسوف")
POSSIBLE = _norm_set("قد", "وقد", "ربما")
PLANNED = _norm_set(
    "يعتزم", "تعتزم", "ينوي", "تنوي", "يخطط", "تخطط", "تعتزمان", "يعتزمون", "قررت", "قرر"
)
CONDITIONAL = _norm_set("إذا", "اذا", "لو", "وإذا", "وإن", "إن")
RELATIVES = _norm_set("التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان")
COMPLEMENTIZERS = _norm_set(
    "أن", "أنه", "أنها", "أنهم", "إنه", "إنها", "إنهم", "بأن", "بأنه", "بأنها", "وأنه", "وأنها"
)
PREPOSITIONS = _norm_set("على", "ضد", "من", "إلى", "الى", "في", "عن", "مع", "بين", "لدى", "نحو")
NO_TARGET_PREPS = _norm_set("من", "في", "عن", "مع", "لدى", "نحو")
STOP = (
    PREPOSITIONS
    | RELATIVES
    | COMPLEMENTIZERS
    | NEGATORS
    | _norm_set(
        "يوم",
        "أمس",
        "اليوم",
        "منذ",
        "خلال",
        "بعد",
        "قبل",
        "حيث",
        "وهو",
        "وهي",
        "هو",
        "هي",
        "الذي",
        "ما",
        "كما",
        "أيضا",
        "أمس",
        "الأحد",
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "عبر",
        "قرب",
        "شمال",
        "جنوب",
        "شرق",
        "غرب",
        "وسط",
        "مساء",
        "صباح",
        "ليل",
        "أول",
        "كل",
        "عدة",
        "بعض",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
    )
)
# Nouns that start an actor group although no dictionary name starts there.
HEADS = _norm_set(
    "مقاتلو",
    "مقاتلي",
    "مقاتلين",
    "قوات",
    "القوات",
    "عناصر",
    "مسلحو",
    "مسلحي",
    "أفراد",
    "جنود",
    "الجيش",
    "جيش",
    "الشرطة",
    "شرطة",
    "حلف",
    "تنظيم",
    "وحدات",
    "ميليشيا",
    "ميليشيات",
    "جماعة",
    "حركة",
    "أحد",
    "الحكومة",
    "حكومة",
    "وزارة",
    "وزير",
    "السلطات",
    "سلطات",
    "رئيس",
    "المتظاهرون",
    "متظاهرون",
    "المتظاهرين",
    "الجمارك",
    "دوريات",
    "دورية",
    "فرقة",
    "كتائب",
    "الرئيس",
    "الملك",
    "الأمير",
    "مجلس",
    "المجلس",
    "الأمم",
    "التحالف",
    "طائرات",
    "مقاتلات",
)
REFERENCE_WORDS = _norm_set("قبل", "لمنع", "ضد", "لمواجهة", "من", "عن", "إلى", "الى", "بعد")
QUOTES = "\"'«»“”"
CLAUSE_PUNCT = frozenset("،,;؛:.؟?!")
MAX_GROUP = 5
ACTOR_AFTER = 4
TARGET_WINDOW = 7
OBJECT_WINDOW = 7
IMPERFECT = frozenset("يتنا")


@dataclass(slots=True)
class Candidate:
    """A possible argument: tokens ``[i, j)`` of the sentence."""

    i: int
    j: int
    entity_id: str | None
    prep: str | None  # the preposition before it, or its own proclitic ب/ل/ك


@dataclass(slots=True)
class Hit:
    i: int
    rule: Rule
    form: str
    status: str | None
    consumed: tuple[int, ...]


def _bare(token: Token) -> str:
    """The token without a leading conjunction: ``وقال`` → ``قال``."""
    norm = token.norm
    if token.clitics is not None and token.clitics.prefix[:1] in ("و", "ف") and len(norm) > 2:
        return norm[1:]
    return norm


def _forms(token: Token) -> set[str]:
    return set(token.match_forms) | {_bare(token)}


class Coder:
    """Codes the events of documents with one trigger table."""

    def __init__(self, table: TriggerTable) -> None:
        self.table = table

    def __call__(self, doc: Document) -> list[Event]:
        events: list[Event] = []
        for si, sentence in enumerate(doc.sentences):
            tokens = doc.sentence_tokens(sentence)
            events.extend(self._sentence(doc, si, tokens))
        return events

    # -- triggers -------------------------------------------------------------------------

    def _triggers(self, tokens: Sequence[Token]) -> list[Hit]:
        hits: list[Hit] = []
        consumed: set[int] = set()
        for i, token in enumerate(tokens):
            if token.kind != "word" or i in consumed:
                continue
            found = self._match(tokens, i)
            if found is None:
                continue
            rule, form, objects = found
            if rule.type == NONE or self._negated(tokens, i):
                continue
            if rule.kind == "noun" and self._reference(tokens, i):
                continue
            consumed.update(objects)
            hits.append(Hit(i, rule, form, self._status(tokens, i, form, rule), objects))
        return [h for h in hits if h.i not in consumed or h.i in h.consumed]

    def _match(self, tokens: Sequence[Token], i: int) -> tuple[Rule, str, tuple[int, ...]] | None:
        for form in tokens[i].match_forms:
            for rule in self.table.rules(form):
                if not rule.objects:
                    return rule, form, ()
                found = self._objects(tokens, i, rule)
                if found is not None:
                    return rule, form, found
        return None

    def _objects(self, tokens: Sequence[Token], i: int, rule: Rule) -> tuple[int, ...] | None:
        """Token indices of the first alternative of ``rule.objects`` found after ``i``."""
        window: list[tuple[int, set[str]]] = []
        for k in range(i + 1, min(len(tokens), i + 1 + OBJECT_WINDOW)):
            if tokens[k].kind == "punct" and tokens[k].text in CLAUSE_PUNCT:
                break
            window.append((k, _forms(tokens[k])))
        for alternative in rule.objects:
            where: list[int] = []
            for element in alternative:
                found = _find(window, element)
                if found is None:
                    break
                where.append(found)
            else:
                return tuple(where)
        return None

    def _prev_word(self, tokens: Sequence[Token], i: int) -> str:
        for k in range(i - 1, -1, -1):
            if tokens[k].kind == "word":
                return tokens[k].norm
            if tokens[k].text in CLAUSE_PUNCT:
                return ""
        return ""

    def _reference(self, tokens: Sequence[Token], i: int) -> bool:
        """A noun that names an event rather than reports it: ``قبل الهجوم``, ``للهجمات``."""
        clitics = tokens[i].clitics
        if clitics is not None and clitics.prefix.lstrip("وف")[:1] in ("ل", "ب", "ك"):
            return True
        return self._prev_word(tokens, i) in REFERENCE_WORDS

    def _negated(self, tokens: Sequence[Token], i: int) -> bool:
        return self._prev_word(tokens, i) in NEGATORS

    def _status(self, tokens: Sequence[Token], i: int, form: str, rule: Rule) -> str | None:
        bare = _bare(tokens[i])
        future = bare.startswith("س") and bare[1:].startswith(form) and form[:1] in IMPERFECT
        if rule.kind == "verb" and future:
            return "future"
        previous: list[str] = []
        for k in range(i - 1, max(-1, i - 5), -1):
            if tokens[k].text in CLAUSE_PUNCT:
                break
            if tokens[k].kind == "word":
                previous.append(tokens[k].norm)
        if previous and previous[0] in FUTURE:
            return "future"
        if previous and previous[0] in POSSIBLE and form[:1] in IMPERFECT:
            return "possible"
        if any(w in PLANNED for w in previous[:3]):
            return "planned"
        if any(w in CONDITIONAL for w in previous[:4]) and previous[0] not in COMPLEMENTIZERS:
            return "conditional"
        return None

    # -- arguments ------------------------------------------------------------------------

    def _sentence(self, doc: Document, si: int, tokens: Sequence[Token]) -> list[Event]:
        hits = self._triggers(tokens)
        if not hits:
            return []
        trigger_at = {h.i for h in hits}
        blocked = {k for h in hits for k in h.consumed} | trigger_at
        candidates = self._candidates(doc, tokens, blocked)
        events: list[Event] = []
        previous_actor: Candidate | None = None
        for hit in hits:
            actor, target = self._arguments(tokens, hit, candidates, trigger_at, previous_actor)
            if actor is not None:
                previous_actor = actor
            start, end = _trigger_span(tokens[hit.i], hit.form)
            event = Event(
                trigger=doc.span(start, end),
                type=hit.rule.type,
                mode=hit.rule.mode,
                actor=self._ref(doc, tokens, actor),
                target=self._ref(doc, tokens, target),
                sentence=si,
                status=hit.status,
            )
            if actor is not None:
                info = actors.describe(_words(tokens[actor.i : actor.j]))
                event.actor_country, event.actor_role = info.country, info.role
            if target is not None:
                info = actors.describe(_words(tokens[target.i : target.j]))
                event.target_country, event.target_role = info.country, info.role
            place = _nearest(doc.places, tokens, hit.i)
            if place is not None:
                event.place = doc.span(place.start, place.end)
            date = _nearest(doc.dates, tokens, hit.i)
            if isinstance(date, DateMention) and date.value:
                event.date, event.date_precision = date.value, date.precision
            elif doc.published:
                event.date = doc.published
                event.date_precision = "day" if len(doc.published) >= 10 else None
            events.append(event)
        return events

    def _candidates(
        self, doc: Document, tokens: Sequence[Token], blocked: set[int]
    ) -> list[Candidate]:
        if not tokens:
            return []
        lo, hi = tokens[0].start, tokens[-1].end
        entities = [e for e in doc.entities if e.start >= lo and e.end <= hi]
        skip = [(x.start, x.end) for x in (*doc.dates, *doc.quantities) if lo <= x.start < hi]
        entity_of: dict[int, tuple[str | None, int]] = {}
        for e in entities:
            ks = [k for k, t in enumerate(tokens) if t.start >= e.start and t.end <= e.end]
            if ks:
                entity_of[ks[0]] = (e.entity_id, ks[-1] + 1)
        firsts = actors.first_words()
        out: list[Candidate] = []
        k = 0
        while k < len(tokens):
            token = tokens[k]
            in_skip = any(s <= token.start < e for s, e in skip)
            if token.kind != "word" or k in blocked or in_skip or _bare(token) in STOP:
                k += 1
                continue
            forms = actors.token_forms(token)
            is_head = k in entity_of or any(f in HEADS or f in firsts for f in forms)
            if not is_head:
                k += 1
                continue
            j = entity_of[k][1] if k in entity_of else k + 1
            entity_id = entity_of[k][0] if k in entity_of else None
            words = sum(1 for t in tokens[k:j] if t.kind == "word")
            while j < len(tokens) and words < MAX_GROUP:
                nxt = tokens[j]
                if nxt.kind == "punct":
                    if (
                        nxt.text in "\"'«»“”"
                        and j + 1 < len(tokens)
                        and tokens[j + 1].kind == "word"
                    ):
                        j += 1
                        continue
                    break
                if j in blocked or _bare(nxt) in STOP or nxt.norm in STOP:
                    break
                if nxt.clitics is not None and nxt.clitics.prefix:
                    break  # والمقاتلون, لوحدات: a new phrase starts
                if any(s <= nxt.start < e for s, e in skip):
                    break
                if j in entity_of:
                    entity_id = entity_id or entity_of[j][0]
                    j = max(j + 1, entity_of[j][1])
                else:
                    j += 1
                words += 1
            while j > k + 1 and tokens[j - 1].kind == "punct":
                j -= 1
            closing = j < len(tokens) and tokens[j].text in QUOTES
            if closing and any(t.text == tokens[j].text for t in tokens[k:j]):
                j += 1  # keep the closing quote of a quoted name: تنظيم "داعش"
            out.append(Candidate(k, j, entity_id, self._prep(tokens, k)))
            k = j
        return out

    def _prep(self, tokens: Sequence[Token], k: int) -> str | None:
        token = tokens[k]
        if token.clitics is not None:
            own = token.clitics.prefix.lstrip("وف")
            if own[:1] in ("ب", "ل", "ك"):
                return own[:1]
        for m in range(k - 1, max(-1, k - 3), -1):
            if tokens[m].kind == "punct" and tokens[m].text in "\"'«»“”":
                continue
            if tokens[m].kind == "word" and tokens[m].norm in PREPOSITIONS:
                return tokens[m].norm
            break
        return None

    def _arguments(
        self,
        tokens: Sequence[Token],
        hit: Hit,
        candidates: list[Candidate],
        triggers: set[int],
        previous_actor: Candidate | None,
    ) -> tuple[Candidate | None, Candidate | None]:
        i = hit.i
        clause_start, clause_end = _clause(tokens, i)
        after = [c for c in candidates if i < c.i < clause_end]
        before = [c for c in candidates if clause_start <= c.j <= i]
        actor: Candidate | None = None
        if hit.rule.kind == "verb":
            actor = self._actor_clause(tokens, i, candidates, previous_actor)
            for c in after if actor is None else ():
                if c.i - i > ACTOR_AFTER or any(i < t < c.i for t in triggers):
                    break
                if c.prep is None:
                    actor = c
                break
            if actor is None:
                actor = self._actor_before(tokens, i, before, candidates, previous_actor)
        else:
            for c in after[:1]:
                if c.prep is None and c.i - i <= 2 and hit.rule.type == "ASSAULT":
                    actor = c
        target = None
        for c in after:
            if c is actor or c.i - i > TARGET_WINDOW or any(i < t < c.i for t in triggers):
                continue
            if c.prep in NO_TARGET_PREPS:
                continue
            if actor is not None and c.i < actor.j:
                continue
            if actor is not None and c.i - actor.j <= 1 and _conj(tokens[c.i]):
                continue  # مقاتلو داعش والمقاتلون الغربيون: a second actor, not a target
            target = c
            break
        return actor, target

    def _actor_before(
        self,
        tokens: Sequence[Token],
        i: int,
        before: list[Candidate],
        candidates: list[Candidate],
        previous_actor: Candidate | None,
    ) -> Candidate | None:
        for c in reversed(before):
            if i - c.j <= 3 and c.prep is None:
                return c
        return previous_actor if _conj(tokens[i]) else None

    def _actor_clause(
        self,
        tokens: Sequence[Token],
        i: int,
        candidates: list[Candidate],
        previous_actor: Candidate | None,
    ) -> Candidate | None:
        """The actor named outside the verb's clause: the antecedent of a relative
        (``تركيا التي اتهمت``) or the subject of the verb that introduces ``أنها ستقدم``."""
        prev = [k for k in range(i - 1, -1, -1) if tokens[k].kind == "word"]
        if prev and tokens[prev[0]].norm in RELATIVES:
            for c in reversed(candidates):
                if c.j <= prev[0] and prev[0] - c.j <= 1 and c.prep is None:
                    return c
        if prev and _bare(tokens[prev[0]]) in COMPLEMENTIZERS:
            if previous_actor is not None:
                return previous_actor
            for c in reversed(candidates):
                if c.j <= prev[0] and c.prep is None:
                    return c
        return None

    def _ref(self, doc: Document, tokens: Sequence[Token], c: Candidate | None) -> Ref | None:
        if c is None:
            return None
        start, end = tokens[c.i].start, tokens[c.j - 1].end
        return Ref(start, end, doc.text[start:end], c.entity_id)


def _find(window: list[tuple[int, set[str]]], element: tuple[tuple[str, ...], ...]) -> int | None:
    for alt in element:
        for n, (k, forms) in enumerate(window):
            if alt[0] in forms and all(
                n + m < len(window) and w in window[n + m][1] for m, w in enumerate(alt[1:], 1)
            ):
                return k
    return None


def _conj(token: Token) -> bool:
    return token.clitics is not None and token.clitics.prefix[:1] in ("و", "ف")


def _words(tokens: Sequence[Token]) -> list[Token]:
    return [t for t in tokens if t.kind == "word"]


def _clause(tokens: Sequence[Token], i: int) -> tuple[int, int]:
    start = i
    while start > 0 and not (
        tokens[start - 1].kind == "punct" and tokens[start - 1].text in CLAUSE_PUNCT
    ):
        start -= 1
    end = i + 1
    while end < len(tokens) and not (
        tokens[end].kind == "punct" and tokens[end].text in CLAUSE_PUNCT
    ):
        end += 1
    return start, end


def _trigger_span(token: Token, form: str) -> tuple[int, int]:
    """The trigger without a leading conjunction (``وانشق`` → ``انشق``); a future س stays."""
    norm = token.norm
    strip = 0
    while strip < len(norm) and norm[strip] in "وف" and norm[strip + 1 :].find(form) >= 0:
        if norm.startswith(form):
            break
        strip += 1
    if strip == 0:
        return token.start, token.end
    seen = 0
    for offset, ch in enumerate(token.text):
        if normalize_word(ch):
            if seen == strip:
                return token.start + offset, token.end
            seen += 1
    return token.start, token.end


def _nearest(items: Sequence[S], tokens: Sequence[Token], i: int) -> S | None:
    """The item of the sentence nearest to token ``i``, one after it first."""
    if not tokens:
        return None
    lo, hi, at = tokens[0].start, tokens[-1].end, tokens[i].start
    inside = [x for x in items if lo <= x.start and x.end <= hi]
    if not inside:
        return None
    return min(inside, key=lambda x: abs(x.start - at) + (0 if x.start >= at else 20))
