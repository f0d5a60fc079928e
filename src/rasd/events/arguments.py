"""Who did it and to whom: actor and target spans of an event in its sentence.

Candidates are nominal groups: a tagger entity or a word that starts an actor (a name of the
actor lexicon, or a head noun such as قوات, مقاتلو, السلطات), extended over what belongs to it
in Arabic: an entity that follows a head (``قوات التحالف``), a genitive with the article after
a noun without it (``مقاتلي التنظيم``), nisba adjectives (``السلطات الفرنسية``), a quoted name
(``تنظيم "داعش"``). A group stops at a preposition, a conjunction, a date or another trigger.

The actor of a verb is the group right after it, with at most a number, a time word or a short
prepositional phrase between (``فرّ على إثرها مئات الانقلابيين``); else the antecedent of a
relative (``تركيا التي اتهمت``) or the subject of the verb introducing ``أنها ستقدم``; else a
group ending just before it in its clause; else, for a verb joined by و/ف/كما to an earlier
event of the sentence, that event's actor. An event noun takes an armed or official group
right after it as actor (``هجوم المقاومة``), else the subject of its light verb before it
(``تمكن رجال الجمارك من إحباط``), else the sentence's previous actor. The target is the noun
phrase after the actor (or after the trigger), behind no preposition other than على, ضد, ب.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from rasd.document import Document, Token
from rasd.events import actors
from rasd.events.vocabulary import (
    ADJECTIVES,
    AGE_UNITS,
    BARE_HEADS,
    BY_WORDS,
    CLAUSE_PUNCT,
    COMPLEMENTIZERS,
    DONE_BY,
    GOD_WORDS,
    HEADS,
    HONORIFICS,
    KANA,
    POSSIBLE,
    PREPOSITIONS,
    QUOTES,
    RELATIVES,
    SKIPPABLE,
    STOP,
    TARGET_PREPS,
    TITLES,
    TO_PREPS,
    bare,
    conj,
    norm_set,
)
from rasd.spans import index_of

MAX_GROUP = 5
TARGET_WINDOW = 4
APPOSITION = 14
ARMED_ROLES = frozenset({"military", "rebel", "insurgent", "government"})
_KAMA = norm_set("كما", "وكما")
SON = norm_set("ابن", "بن")
_THAT = norm_set("إن", "أن", "ان")
MOUTH = norm_set("لسان")  # على لسان المتحدث: who speaks for the body
# على ما أعلن مصدر عسكري، محملا: a source's clause before a participle
REPORTING = norm_set(
    "أعلن", "أعلنت", "قال", "قالت", "أكد", "أكدت", "ذكر", "ذكرت", "أفاد", "أفادت", "صرح", "صرحت"
)
TIME_PREPS = norm_set("خلال", "بعد", "قبل", "عقب", "إثر", "اثر", "أثناء", "منذ", "جراء")
# في هجوم نسبته السلطات إلى التمرد الكردي: whom an attack is ascribed to
ASCRIBED = norm_set("نسبته", "نسبتها", "نسب", "ينسب", "تنسب", "نسبه", "نسبها", "نسبت")


@dataclass(slots=True)
class Candidate:
    """A possible argument: tokens ``[i, j)`` of the sentence."""

    i: int
    j: int
    entity_id: str | None
    prep: str | None  # the preposition before it, or its own proclitic ب/ل/ك


def _token_range(
    tokens: Sequence[Token], starts: list[int], start: int, end: int
) -> tuple[int, int]:
    """The tokens ``[first, last)`` lying inside ``[start, end)``; first == last if none."""
    first = bisect_left(starts, start)
    last = first
    while last < len(tokens) and tokens[last].end <= end:
        last += 1
    return first, last


def _nisba(token: Token) -> bool:
    """An adjective of relation: الفرنسية, إسرائيليون, الحوثي."""
    word = token.norm.removeprefix("ال")
    if len(word) < 4:
        return False
    if word.endswith("يه"):  # حماية is a noun, الفرنسية an adjective: only with the article
        return token.norm.startswith("ال")
    return word.endswith(("ي", "يون", "يين", "يان"))


nisba = _nisba


def _nominative(token: Token) -> bool:
    """A sound masculine plural in the nominative (المانحون, مسلحون): a subject's case."""
    word = token.norm.removeprefix("ال")
    return token.kind == "word" and len(word) >= 5 and word.endswith("ون")


def _article(token: Token) -> bool:
    return token.norm.startswith("ال") or (token.clitics is not None and token.clitics.article)


def _proclitic(token: Token) -> bool:
    return token.clitics is not None and bool(token.clitics.prefix)


def _suffixed(token: Token) -> bool:
    """A word with a pronoun suffix (معاليه, حكومته) takes no genitive after it."""
    return token.clitics is not None and bool(token.clitics.suffix) and not _nisba(token)


class Arguments:
    """Candidates of one sentence and the choice of actor and target among them."""

    def __init__(
        self,
        doc: Document,
        tokens: Sequence[Token],
        blocked: set[int],
        nominal: frozenset[int] = frozenset(),
        titled: frozenset[str] = frozenset(),
    ) -> None:
        self.tokens = tokens
        self.titled = titled  # surnames of titled persons: وأثنى العطيشان
        self.blocked = blocked
        self.nominal = nominal  # blocked tokens that are nouns: event nouns, verbs' objects
        lo = tokens[0].start if tokens else 0
        hi = tokens[-1].end if tokens else 0
        verbs = {tokens[k].start for k in blocked if k not in nominal}
        # وأثنى العطيشان is no اثني (two): a count never starts on a verb trigger
        quantities = [
            x for x in index_of(doc.quantities).starting_in(lo, hi) if x.start not in verbs
        ]
        dates = index_of(doc.dates).starting_in(lo, hi)
        self.skip = [(x.start, x.end) for x in (*dates, *quantities)]
        starts = [t.start for t in tokens]
        self.entity_end: dict[int, tuple[str | None, int]] = {}
        self.person_end: dict[int, int] = {}
        for e in index_of(doc.entities).within(lo, hi):
            first, last = _token_range(tokens, starts, e.start, e.end)
            if first < last:
                self.entity_end[first] = (e.entity_id, last)
                if e.type == "PER":
                    self.person_end[first] = last
        self.quantity_at = {x.start: x.end for x in quantities}
        self.place_tokens: list[tuple[int, int]] = []
        for p in index_of(doc.places).within(lo, hi):
            first, last = _token_range(tokens, starts, p.start, p.end)
            if first < last and p.kind != "demonym":
                self.place_tokens.append((first, last))
        # towns and regions: حلب in نزوح من ريف حلب بعد قصف is where, not who
        self.places = [
            (p.start, p.end)
            for p in index_of(doc.places).within(lo, hi)
            if p.kind not in ("country", "demonym")
        ]
        self.candidates = self._candidates()
        self.starting = {c.i: c for c in self.candidates}

    # -- groups ---------------------------------------------------------------------------

    def _usable(self, k: int) -> bool:
        token = self.tokens[k]
        if token.kind != "word" or k in self.blocked:
            return False
        if any(s <= token.start < e for s, e in self.skip) and token.kind != "number":
            return False
        if token.norm in GOD_WORDS:
            return False  # خادم الحرمين ـ حفظه الله ـ: a prayer names no party
        return bare(token) not in STOP and token.norm not in STOP

    def usable(self, k: int) -> bool:
        """Whether token ``k`` may stand in a group (no trigger, date, count or stop word)."""
        return self._usable(k)

    def _is_head(self, k: int) -> bool:
        if k in self.entity_end:
            return True
        token = self.tokens[k]
        forms = actors.token_forms(self.tokens[k])
        if bare(token) in self.titled and not _proclitic(token):
            return True  # وأثنى العطيشان: a titled person named again by his surname
        nxt = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
        if bare(token) in SON and nxt is not None and bare(nxt) in self.titled:
            return True  # وأثنى ابن مشيط
        if any(f in HEADS for f in forms):
            return True  # المديرية looks like a nisba and is a head
        after_noun = k > 0 and self.tokens[k - 1].kind == "word" and _article(self.tokens[k - 1])
        if _nisba(token) and (token.norm.endswith("يه") or after_noun):
            return False  # الإرهابية, التفجير الإرهابي: an adjective of the noun before it
        firsts = actors.first_words()
        return any(f in firsts for f in forms)

    def group(self, k: int) -> Candidate:
        """The nominal group starting at token ``k``."""
        tokens = self.tokens
        in_entity = k in self.entity_end
        entity_id, j = self.entity_end.get(k, (None, k + 1))
        construct = not in_entity and not _article(tokens[k]) and not _suffixed(tokens[k])
        if tokens[k].norm.endswith(("ون", "ين")) and k not in self.entity_end:
            construct = False  # مسلحون جنديا: a sound plural with its ن takes no genitive
        if bare(tokens[k]) in self.titled:
            construct = False  # انتقد ظريف السياسة الأميركية: a name takes no genitive
        words = j - k
        while j < len(tokens) and words < MAX_GROUP and tokens[j - 1].norm not in HONORIFICS:
            nxt = tokens[j]
            if nxt.kind == "punct":
                opened = nxt.text in QUOTES and j + 1 < len(tokens)
                if opened and tokens[j + 1].kind == "word" and self._usable(j + 1):
                    j += 1
                    continue
                break
            if self._of(j) and _article(tokens[j - 1]) and not in_entity:
                j += 1  # المديرية العامة للدفاع المدني: a genitive with ل after a definite head
                words += 1
                construct = False
                continue
            if not self._usable(j) or (nxt.clitics is not None and nxt.clitics.prefix):
                break  # والمقاتلون, لوحدات: a new phrase starts
            if tokens[j - 1].norm in TITLES and _article(nxt):
                j += 1  # الدكتور الربيعة: a title and the name the tagger missed
            elif j in self.entity_end and not in_entity:
                entity_id = entity_id or self.entity_end[j][0]
                j, in_entity, construct = self.entity_end[j][1], True, False
            elif _nisba(nxt) or nxt.norm in ADJECTIVES:
                j += 1
                construct = False
            elif construct:
                j += 1  # a genitive: قوات التحالف, حلف قبائل, مقاتلي التنظيم
                construct = not _article(nxt) and not _suffixed(nxt)
            else:
                break
            words += 1
        while j > k + 1 and (tokens[j - 1].kind == "punct" or _proclitic(tokens[j - 1])):
            j -= 1  # a tagger entity may run into بالانحياز: a prepositional word ends a group
        closing = j < len(tokens) and tokens[j].text in QUOTES
        if closing and any(t.text == tokens[j].text for t in tokens[k:j]):
            j += 1  # the closing quote of a quoted name: تنظيم "داعش"
        return Candidate(k, j, entity_id, self._prep(k))

    def _of(self, k: int) -> bool:
        """A definite noun with ل (للدفاع, لرعاية is not: no article) in a name."""
        token = self.tokens[k]
        clitics = token.clitics
        if clitics is None or clitics.prefix != "ل" or k in self.blocked:
            return False
        return clitics.article and token.kind == "word" and bare(token) not in STOP

    def _counted(self, k: int) -> Candidate | None:
        """A counted group from the quantities layer: ``80 مقاتلا آخرين``, ``مئات الانقلابيين``."""
        end = self.quantity_at.get(self.tokens[k].start)
        if end is None:
            return None
        j = k + 1
        while j < len(self.tokens) and self.tokens[j].end <= end:
            j += 1
        if any(self.tokens[m].norm in AGE_UNITS for m in range(k, j)):
            return None  # هولمز (27 عاما): an age, not a group
        while j < len(self.tokens) and self.tokens[j].kind == "word" and _nisba(self.tokens[j]):
            j += 1
        return Candidate(k, j, None, self._prep(k))

    def is_counted(self, c: Candidate) -> bool:
        """Whether ``c`` is a counted group of the quantities layer (``19 شخصا``)."""
        return self.tokens[c.i].start in self.quantity_at

    def _candidates(self) -> list[Candidate]:
        out: list[Candidate] = []
        k = 0
        while k < len(self.tokens):
            counted = self._counted(k)
            if counted is not None:
                out.append(counted)
                k = counted.j
            elif self._usable(k) and self._is_head(k):
                c = self.group(k)
                if c.j > c.i + 1 or bare(self.tokens[k]) not in BARE_HEADS:
                    out.append(c)  # تنظيم التظاهرات: organizing, not an organization
                k = c.j
            else:
                k += 1
        return out

    def _prep(self, k: int) -> str | None:
        token = self.tokens[k]
        if token.clitics is not None:
            own = token.clitics.prefix.lstrip("وف")
            if own[:1] in ("ب", "ل", "ك"):
                return own[:1]
        for m in range(k - 1, max(-1, k - 3), -1):
            if self.tokens[m].kind == "punct" and self.tokens[m].text in QUOTES:
                continue
            if self.tokens[m].kind == "word" and bare(self.tokens[m]) in PREPOSITIONS | TIME_PREPS:
                return self.tokens[m].norm  # خلال الاجتماع اتفق: a time, not a subject
            break
        return None

    # -- roles ----------------------------------------------------------------------------

    def clause(self, i: int) -> tuple[int, int]:
        tokens = self.tokens
        start = i
        while start > 0 and tokens[start - 1].text not in CLAUSE_PUNCT:
            start -= 1
        end = i + 1
        while end < len(tokens) and tokens[end].text not in CLAUSE_PUNCT:
            end += 1
        return start, end

    def subject_after(self, i: int) -> Candidate | None:
        """The group right after token ``i``: VSO order, with at most a number, a time word or
        a short prepositional phrase between."""
        tokens = self.tokens
        k, skipped = i + 1, 0
        while k < len(tokens) and skipped <= 2:
            token = tokens[k]
            c = self.starting.get(k)
            if c is not None:
                return c if c.prep is None else None
            if _nominative(token) and self._usable(k) and self._prep(k) is None:
                return self.group(k)  # تعهد المانحون: a plural in ون is a subject
            if token.kind == "word" and token.norm in SKIPPABLE:
                k += 1
                continue
            if token.kind == "punct" and token.text in QUOTES:
                k += 1
                continue
            own = token.clitics is not None and token.clitics.prefix.lstrip("وف")[:1] in "بل"
            if own and token.norm not in PREPOSITIONS and self._construct(k):
                return None  # وطالب بضرورة مبادرة رجال الأعمال: the genitive, no subject
            if token.kind == "word" and (token.norm in PREPOSITIONS or self._prep(k)):
                k += 2 if token.norm in PREPOSITIONS else 1
                skipped += 2 if token.norm in PREPOSITIONS else 1
                continue
            return None
        return None

    def actor_outside(self, i: int, previous: Candidate | None) -> Candidate | None:
        """The antecedent of a relative, or the subject of the verb that introduces
        ``أنها ستقدم``."""
        prev = [k for k in range(i - 1, -1, -1) if self.tokens[k].kind == "word"]
        if not prev:
            return None
        word = self.tokens[prev[0]]
        if word.norm in RELATIVES:
            at = self._before_aside(prev[0])  # على جيمس هولمز (27 عاما) الذي قتل
            for c in reversed(self.candidates):
                if c.j <= at and at - c.j <= 1 and (c.prep is None or at < prev[0]):
                    return c
        if bare(word) in COMPLEMENTIZERS:
            if previous is not None:
                return previous
            for c in reversed(self.candidates):
                if c.j <= prev[0] and c.prep is None:
                    before = [t for t in self.tokens[max(0, c.i - 2) : c.i] if t.kind == "word"]
                    if before and bare(before[-1]) in MOUTH:
                        continue  # أعلنت الرئاسة على لسان المتحدث باسمها أنها: the body's
                    return c
        return None

    def _before_aside(self, k: int) -> int:
        """Token ``k``, or where a parenthesis closing right before it opens: the relative of
        ``هولمز (27 عاما) الذي`` follows the name."""
        m = k - 1
        if m >= 0 and self.tokens[m].text == ")":
            while m > 0 and self.tokens[m].text != "(":
                m -= 1
            return m if self.tokens[m].text == "(" else k
        return k

    def before(self, i: int, reach: int) -> Candidate | None:
        """The nearest group without a preposition ending at most ``reach`` tokens before ``i``
        in its clause."""
        start, _ = self.clause(i)
        for c in reversed(self.candidates):
            if c.j <= i and c.i >= start and i - c.j <= reach and c.prep is None:
                if self._adjective(c.i):
                    continue  # هجومين كبيرين شنهما: كبيرين is the attacks' adjective
                if c.i - 1 in self.nominal and self._construct(c.i - 1):
                    return None  # من سيطرة مسلحي داعش اقتحمت القوات: the noun's genitive
                return None if conj(self.tokens[c.i]) or self._place(c) else c
        return None

    def _construct(self, k: int) -> bool:
        """Whether token ``k`` may take a genitive: no article, no pronoun (سيطرة, not
        القصف)."""
        return not _article(self.tokens[k]) and not _suffixed(self.tokens[k])

    def coordinated(self, i: int) -> bool:
        prev = [k for k in range(i - 1, -1, -1) if self.tokens[k].kind == "word"]
        return conj(self.tokens[i]) or bool(prev and self.tokens[prev[0]].norm in _KAMA)

    def object_after(self, k: int, exclude: Candidate | None) -> Candidate | None:
        """The group or counted noun starting within a few tokens after ``k``, behind على/ضد or
        a manner word with ب (``الاعتداء بالضرب على أحد الإعلاميين``) at most."""
        if k >= len(self.tokens):
            return None
        _, end = self.clause(k)
        m, limit = k, k + TARGET_WINDOW
        while m < min(end, limit):
            token = self.tokens[m]
            where = self._where(m)
            if where > m:  # دعت المديرية بمنطقة المدينة المنورة جميع المواطنين
                limit += where - m
                m = where
                continue
            skip = token.norm in TARGET_PREPS or token.norm in SKIPPABLE
            if skip or (m == k and self._prep(m) == "ب" and m not in self.starting):
                m += 1
                continue
            if m == k and exclude is not None and exclude.j == k and conj(token):
                return None  # مقاتلو داعش والمقاتلون الغربيون: a second actor, not a target
            if self._adjective(m):  # شنت غارات مكثفة: the object's adjective, not a target
                m, limit = m + 1, limit + 1
                continue
            c = self.starting.get(m)
            prep = self._prep(m)
            plain = (
                self._usable(m)
                and (prep is None or prep in TARGET_PREPS)  # غارات على مواقع التمرد
                and token.norm not in ADJECTIVES
            )
            if c is None and plain and not _nisba(token) and not _suffixed(token):
                c = self.group(m)  # a noun phrase that names no known actor: فيلا سكنية
            if c is None or (exclude is not None and c.i < exclude.j and c.j > exclude.i):
                return None
            return c if c.prep is None or c.prep in TARGET_PREPS else None
        return None

    def apposition(self, c: Candidate | None) -> Candidate | None:
        """A title and the titled name after it are one person: ``الرئيس العام لرعاية الشباب،
        رئيس اللجنة الأولمبية الأمير عبدالله بن مساعد``."""
        if c is None or any(k in self.person_end for k in range(c.i, c.j)):
            return c
        for m in range(c.j, min(len(self.tokens), c.j + APPOSITION)):
            token = self.tokens[m]
            if m in self.blocked or (token.kind == "punct" and token.text not in "،,-–"):
                return c
            if token.kind == "word" and conj(token) and self._is_head(m):
                return c  # والأمير …: a second person
            if m in self.person_end and m > c.j and self.tokens[m - 1].norm in TITLES:
                end = self.person_end[m]
                named = end < len(self.tokens) and self._prep(end) == "ل"
                if not named:  # مركز الملك سلمان للإغاثة: a name inside an institution's
                    return Candidate(c.i, end, c.entity_id, c.prep)
        return c

    def covering(self, k: int) -> Candidate:
        """The group that holds token ``k`` (``3 محلات``, ``أكثر من 50 محلاً``), else the
        group starting there."""
        for c in self.candidates:
            if c.i <= k < c.j:
                return c
        for start, end in self.quantity_at.items():
            if self.tokens[k].start < end and start < self.tokens[k].end:
                first = next(m for m, t in enumerate(self.tokens) if t.end > start)
                return Candidate(first, k + 1, None, self._prep(first))
        return self.group(k)

    def _adjective(self, m: int) -> bool:
        """A word right after an event noun or a verb's object that agrees with it in definiteness
        (``غارات مكثفة``, ``تضامنها المطلق``) and is no known head: its adjective."""
        if m == 0 or m - 1 not in self.nominal or m in self.entity_end:
            return False
        token, prev = self.tokens[m], self.tokens[m - 1]
        if token.kind != "word" or prev.kind != "word" or _proclitic(token) or conj(token):
            return False
        if any(f in HEADS for f in actors.token_forms(token)):
            return False
        definite = _article(prev) or _suffixed(prev)
        return _article(token) == definite

    def _where(self, m: int) -> int:
        """After ``في``/a word with ب that leads into a place (``بمنطقة المدينة المنورة``, ``في
        الرياض``): the token after the place; else ``m``."""
        token = self.tokens[m]
        prefix = token.clitics.prefix.lstrip("وف") if token.clitics is not None else ""
        if token.kind != "word" or not (token.norm == "في" or prefix[:1] == "ب"):
            return m
        for start, end in self.place_tokens:
            if m <= start <= m + 2:
                return end
        return m

    def counted_after(self, i: int) -> Candidate | None:
        """A counted group right after an attack verb is its victim: قتل ثلاثة من مقاتلي …"""
        k = i + 1
        if k < len(self.tokens) and self._counted(k) is not None:
            return self.starting.get(k)
        return None

    def partner(self, i: int) -> Candidate | None:
        """Whom one meets or stands with: the first group behind مع after the trigger in its
        clause (``تضامنها المطلق مع المملكة``)."""
        _, end = self.clause(i)
        for k in range(i + 1, min(end, i + TARGET_WINDOW + 1)):
            if self.tokens[k].norm == "مع" and k + 1 < end and self._usable(k + 1):
                return self.starting.get(k + 1) or self.group(k + 1)
        return None

    def behind(self, i: int, words: frozenset[str]) -> Candidate | None:
        """The first group right behind one of ``words`` after ``i`` in its clause (a few
        tokens on): ``حكم … بالسجن على الكندي``, ``اتصالا هاتفيا اليوم من الرئيس``."""
        _, end = self.clause(i)
        for k in range(i + 1, min(end, i + 10)):
            token = self.tokens[k]
            if token.kind == "word" and token.norm in words and k + 1 < end:
                if self._usable(k + 1):
                    return self.starting.get(k + 1) or self.group(k + 1)
                return None
        return None

    def first_subject(self, i: int) -> Candidate | None:
        """The first group of the sentence before ``i`` behind no preposition, one with a
        name first: the subject of its main verb (``وصف الأمير مشاري …، مستنكرا``)."""
        before = [c for c in self.candidates if c.j <= i and c.prep is None and not self._place(c)]
        named = [c for c in before if any(k in self.entity_end for k in range(c.i, c.j))]
        chosen = named or before
        return chosen[0] if chosen else None

    def recipient(self, i: int) -> Candidate | None:
        """Who receives aid: the first group behind ل or إلى after the trigger in its clause."""
        _, end = self.clause(i)
        for c in self.candidates:
            if i < c.i < end and (c.prep == "ل" or c.prep in TO_PREPS):
                return c
        for k in range(i + 1, min(end, i + TARGET_WINDOW)):
            if self._prep(k) == "ل" and self._usable(k):
                return self.group(k)  # شكره للجان العاملة: a noun that names no actor
        return None

    def agent(self, i: int) -> Candidate | None:
        """The agent of a passive after ``من قبل`` (``يضربن من قبل أزواجهن``)."""
        tokens = self.tokens
        for m in range(i + 1, min(len(tokens) - 2, i + 6)):
            if tokens[m].text in CLAUSE_PUNCT and bare(tokens[m + 1]) not in BY_WORDS:
                break
            if tokens[m].norm == "من" and tokens[m + 1].norm == "قبل" and self._usable(m + 2):
                return self.starting.get(m + 2) or self.group(m + 2)
            if bare(tokens[m]) in BY_WORDS and self._usable(m + 1):
                return self.starting.get(m + 1) or self.group(m + 1)
        return None

    def kana_subject(self, i: int) -> Candidate | None:
        """The subject between كان and قد: ``وكانت القوات قد انسحبت``, ``أن تكون قواته قد``."""
        prev = [k for k in range(i - 1, max(-1, i - 8), -1) if self.tokens[k].kind == "word"]
        if prev and self.tokens[i - 1].text in ",،":
            return self._kana_comma(i - 1)
        if not prev or self.tokens[prev[0]].norm not in POSSIBLE:
            return None
        for c in reversed(self.candidates):
            if c.j <= prev[0] and prev[0] - c.j <= 0 and c.prep is None:
                before = [k for k in range(c.i - 1, -1, -1) if self.tokens[k].kind == "word"]
                if before and bare(self.tokens[before[0]]) in KANA:
                    return c
                return None
        return None

    def reporter(self, i: int) -> Candidate | None:
        """The source of the clause right before a participle (``على ما أعلن مصدر عسكري،
        محملا``, ``قال الوزير، مؤكدا``): the participle goes on from what the source says."""
        if i == 0 or self.tokens[i - 1].text not in ",،":
            return None
        start, _ = self.clause(i - 2) if i > 1 else (0, 0)
        for k in range(start, i - 1):
            if self.tokens[k].kind == "word" and bare(self.tokens[k]) in REPORTING:
                said = self.tokens[k + 1 : i - 1]
                if any(bare(t) in COMPLEMENTIZERS or t.norm in _THAT for t in said):
                    return None  # قال الناطق إن الجزائر تدين …، داعية: what is said goes on
                return self.subject_after(k)
        return None

    def _kana_comma(self, comma: int) -> Candidate | None:
        """``وكان زعيم الحزب … صلاح الدين دمرتاش، دعا``: the subject of كان before the comma
        is the verb's (a name in it first)."""
        kana = None
        for k in range(comma - 1, max(-1, comma - APPOSITION), -1):
            token = self.tokens[k]
            if token.text in CLAUSE_PUNCT:
                return None
            if token.kind == "word" and bare(token) in KANA:
                kana = k
                break
        if kana is None:
            return None
        inside = [
            c if c.i > kana else Candidate(kana + 1, c.j, c.entity_id, None)  # an entity
            for c in self.candidates  # may swallow وكان itself
            if kana <= c.i and c.j <= comma and (c.prep is None or c.i == kana) and c.j > kana + 1
        ]
        named = [c for c in inside if any(k in self.person_end for k in range(c.i, c.j))]
        chosen = named or inside
        return chosen[0] if chosen else None

    def _place(self, c: Candidate) -> bool:
        start = self.tokens[c.i].start
        return any(s <= start < e for s, e in self.places)

    def attack_by(self, k: int) -> Candidate | None:
        """Who made the attack that the noun at ``k`` names: the subject of its verb (``في
        هجوم شنه مسلحو القاعدة``), a group behind ل right after it (``في هجوم للقوات
        الأميركية``), the first party of بين (``في اشتباكات بين قوات الأمن والمسلحين``), or
        the one it is ascribed to (``في هجوم جديد نسبته السلطات إلى التمرد``)."""
        _, end = self.clause(k)
        for m in range(k + 1, min(end, k + 6)):
            token = self.tokens[m]
            if token.kind != "word":
                continue
            word = bare(token)
            if word in DONE_BY:
                return self.subject_after(m)
            if word in ASCRIBED:
                return self.behind(m, TO_PREPS)
            if token.norm == "بين" and m + 1 < end and self._usable(m + 1):
                return self.starting.get(m + 1) or self.group(m + 1)
            c = self.starting.get(m)
            if c is not None and c.prep == "ل":
                return c if actors.describe(self.tokens[c.i : c.j]).role in ARMED_ROLES else None
            if c is not None or _proclitic(token) or m > k + 2:
                return None  # في هجوم جديد نسبته, هجوم انتحاري للتنظيم: an adjective between
        return None

    def noun_actor(self, i: int, previous: Candidate | None) -> Candidate | None:
        for k in range(i + 1, min(len(self.tokens), i + 5)):
            if self.tokens[k].kind == "word" and bare(self.tokens[k]) in DONE_BY:
                done = self.subject_after(k)  # تفجير سيارة ملغومة نفذه متشددون
                if done is not None:
                    return done
        after = self.starting.get(i + 1)
        if after is not None and after.prep is None:
            words = [t for t in self.tokens[after.i : after.j] if t.kind == "word"]
            if actors.describe(words).role in ARMED_ROLES:
                return after
        for found in (self.before(i, 4), previous, self.before(i, 10)):
            if found is None or self._place(found):
                continue
            between = self.tokens[found.j : i]
            if found is not previous and any(bare(t) in COMPLEMENTIZERS | _THAT for t in between):
                continue  # وذكرت وكالة الأنباء أن هجوما وقع: the source, not the attacker
            return found
        return None
