"""The quotes stage: who said what — direct quotes, reported speech and their speakers.

A statement starts at a reporting word (``وقال``، ``وأضافت``، ``قائلا``، ``وقيل``) or an
attribution (``وفقا لما أفاد به``، ``بحسب``). After the verb comes the speaker (or none: a
continuation or a passive), then what introduces the content: a quotation mark (direct), a
colon or ``أن``/``إن``/``بأن`` (reported, to the end of the sentence or the next statement).
A short quotation that the sentence runs on after (``تنظيم "داعش" غادر``) or that follows a
title word (``بعنوان «…»``) is a name, not speech. Quotation marks are paired by
``rasd.quotes.marks``; speakers are read by ``rasd.quotes.speakers``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache

from rasd.document import Document, Entity, Quote, Ref, Token
from rasd.lang import ar
from rasd.lang import ar_quotes as data
from rasd.ner import gazetteer
from rasd.quotes import interviews
from rasd.quotes.lexicon import (
    FEMININE,
    MASCULINE,
    PLURAL,
    CueForm,
    cue_of,
    in_list,
    is_bare_complementizer,
    is_complementizer,
    matching,
    participle_shaped,
    word_set,
)
from rasd.quotes.marks import MarkPairer, Quoted
from rasd.quotes.offices import ANY_OFFICE, OFFICE_HEADS, Office, holder, offices_of
from rasd.quotes.speakers import (
    MAX_TITLED_NAME_WORDS,
    Speaker,
    entity_before,
    in_abbreviation,
    is_anaphoric,
    name_in,
    previous_speaker,
    speaker_from_tokens,
    subject_after,
    titled_name,
)
from rasd.spans import index_of
from rasd.stages.base import Stage
from rasd.text.clitics import _frequencies as word_counts
from rasd.text.normalize import normalize_word

MAX_INTRODUCER_DISTANCE = 45  # tokens from the verb to its colon, quotation mark or أن
MAX_UNBROKEN_WORDS = 15  # …between the verb and its introducer with no comma or mark
NEAR_INTRODUCER = 12  # a reporting verb inside content starts a statement if one is this near
AMMA_REACH = 8  # words from أما to the verb with ف that its topic is the subject of
TOPIC_WINDOW = 7  # a person named this early in a sentence is what the sentence is about
LEAD_WORDS = 4  # من جهة أخرى، / وفي سياق متصل،: a sentence's lead phrase, before its subject
BETWEEN_WINDOW = 30  # tokens back to the بين that a later وبين pairs with
MAX_FRONTED_WORDS = 4  # a subject put before its verb after أن (أن الزوجة الشابة قالت)
MIN_CLAIM_AFTER = 3  # words after an attribution set off by commas that go on with the claim
MARKS_REACH = 16  # وكتب الوزير في حسابه على تويتر: «…»: words from كتب to its colon
SPEECH_NOUN_REACH = 15  # كلمة … فلان، أوضح فيها: words back from the verb to the noun
TITLE_REACH = 14  # words from a sentence's first verb to the name its long title leads to
CONSIDERED_REACH = 5  # يعتبر فلان أن: an imperfect اعتبر states only with its أن this near
SAYING_REACH = 5  # قوله اليوم السبت إن: words from قوله to its introducer
MAX_TITLE_TAIL = 8  # genitive words after a title cut at a preposition, before its holder's name
KAN_SUBJECT_WORDS = 3  # وكان الجبير أكد: كان, at most this many subject words, the verb
PRAYER_REACH = 9  # the words after a reporting verb read for the one prayed to
_LORD = normalize_word("المولى")
_ALLAH = normalize_word("الله")
_PRAISE = frozenset(normalize_word(w) for w in ("عز", "تعالى", "سبحانه", "العلي", "جل"))
# تمنى أن …: a wish names its speaker (a later وأضاف goes on from it) but states nothing
_WISHES = frozenset([normalize_word("تمنى")])
_HAYTHU = ("حيث", "وحيث")
MAX_ROLE_WORDS = 3  # a title this short can stand for the person it named before (الصحفية)
_COMMAS = frozenset(["،", ",", "؛", ";"])
_TRIM = _COMMAS | frozenset([".", ":", "؟", "?", "!", "-", "…"])
_LEAD_OPENERS = frozenset(["من", "في", "علي", "عن", "الي", "اما", "بعد", "خلال", "بدوره", "بدورها"])
_MADA = normalize_word("مضى")
_FAR_POINTERS = frozenset(normalize_word(w) for w in ("ذلك", "تلك", "ذاك"))
_PASSIVE_AUX = frozenset(normalize_word(w) for w in ("تم", "تمت", "يتم", "جرى", "جري"))
_SENTENCE_LEADS = frozenset(normalize_word(w) for w in ("فيما", "بينما", "كما", "وقد", "قد"))
_PLURAL_SOURCE_REACH = 20  # how far back a plural verb looks for a plural source as subject
_PREPOSITIONS = frozenset(
    normalize_word(w) for w in ("من", "عن", "في", "إلى", "على", "مع", "بين", "لدى", "عند")
)
_LIST_WORDS = 16  # the most words of a list of speakers after كل من
_PLURAL_VERB_REACH = 4  # وفي أوبك يستبعد مسؤولون: the verb may follow a short lead
_GROUP_NOUNS = frozenset(normalize_word(w) for w in ("عدد", "جمع", "مجموعة", "عشرات", "مئات"))
_TURN_SIDES = frozenset(
    normalize_word(w) for w in ("جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم", "ناحيته")
)
_BAYYANA = normalize_word("بين")
_ISHARA, _ASHARA = normalize_word("إشارة"), normalize_word("أشار")
_SUBORDINATORS = frozenset(normalize_word(w) for w in ("بعد", "قبل", "منذ", "حتى"))
_AFTER_CONTENT_SOURCES: tuple[str, ...] = ("نقلا", "ونقلا")
_ROYAL_TITLES = frozenset(normalize_word(w) for w in ("الملك", "الأمير", "الأميرة", "الشيخ"))
_POINTERS = frozenset(normalize_word(w) for w in ("ذلك", "هذا", "ذاك"))
_JAA = frozenset(normalize_word(w) for w in ("جاء", "وجاء"))
_WALLAH = normalize_word("والله")
_OPENING_MARKS = frozenset({'"', "«", "“", "„"})
_CLOSING_MARKS = frozenset({'"', "»", "”"})
_CLOSING_BRACKET = frozenset(")")
_ALIMA, _TAWAQQA = normalize_word("علم"), normalize_word("توقع")
_LEARNED = frozenset(normalize_word(w) for w in ("علمت", "وعلمت", "فعلمت", "علم", "وعلم"))
_BIL_QAWL, _AL_QAWL, _QALA = (normalize_word(w) for w in ("بالقول", "القول", "قال"))
_ITABARA = normalize_word("اعتبر")
_MARKS_ONLY = frozenset(normalize_word(w) for w in ("كتب", "غرد", "رد"))
_BY_HIS_SAYING = frozenset(
    normalize_word(w) for w in ("بقوله", "بقولها", "بقولهم", "وقوله", "وقولها", "وقولهم")
)
_TO_SAYING = frozenset(normalize_word(w) for w in ("بالقول", "القول", "للقول"))
_PRONOUNS = {"هو": MASCULINE, "هي": FEMININE, "هم": PLURAL}
_KAN = frozenset(["كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"])
_BEING = _KAN | {"ليس", "ليست", "وليس", "وليست"}


@dataclass(frozen=True, slots=True)
class _Content:
    first: int  # token range of the content
    stop: int
    direct: bool
    intro: int  # the token that introduced it: the mark, the colon or أن
    pair: Quoted | None = None
    lead: int = 0  # characters of the first token left out (the و of وأنه)


class _Article:
    """The statements of one document, found in one pass over its tokens."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.cues: dict[int, CueForm] = {}
        for i, token in enumerate(self.tokens):
            cue = cue_of(token)
            if cue is None and token.norm == _BAYYANA and self._after_turn(i):
                cue = CueForm(_BAYYANA, MASCULINE)  # من جانبه بين فلان أن …: "he showed"
            if cue is None and token.norm == _ISHARA and i > 0 and self.tokens[i - 1].norm == "في":
                cue = CueForm(_ASHARA, "", "participle")  # في إشارة منه إلى أن …: he pointed
            if cue is None and self._learned_from(i) is not None:
                cue = CueForm(_ALIMA, FEMININE)  # علمت «عكاظ» من مصادر خاصة أن …
            if cue is None and self._by_saying(i):
                cue = CueForm(_QALA, "", "participle")  # وختم بالقول إن …، خلص إلى القول «…»
            if cue is not None and cue.lemma in _MARKS_ONLY and not self._marks_near(i):
                continue  # كتب التراث كتبت لزمن …: كتب reports only what marks set off
            if cue is not None and not self._second_between(i) and not self._passes_on(i, cue):
                self.cues[i] = cue
        pairer = MarkPairer(doc, self._opens, self._resumes)
        self.sentence_of = pairer.sentence_of
        self.pairs = {q.opener: q for q in pairer.pairs() if q.depth == 0 and q.stop > q.first}
        self.persons = sorted((e for e in doc.entities if e.type == "PER"), key=lambda e: e.start)
        self.person_at = {e.start: e for e in reversed(self.persons)}  # the first one at a start
        self.used: set[int] = set()
        self.covered = 0  # tokens before this index belong to a statement already found
        self.history: list[Speaker] = []
        self.subjects: dict[int, Speaker] = {}  # sentence -> the speaker its verb named
        self.roles: dict[str, Speaker | None] = {}  # a title -> the person it named (None: several)
        self.offices: list[Office] | None = None  # offices named with their holder, read once
        self.family_names: set[str] | None = None  # last words of the persons found, when asked
        self.token_at = {t.start: i for i, t in enumerate(self.tokens)}
        self.starts = [t.start for t in self.tokens]
        self.in_person: set[int] = set()  # tokens inside a tagged person (لويس فان جال)
        for e in self.persons:
            k = bisect_right(self.starts, e.start) - 1
            while 0 <= k < len(self.tokens) and self.tokens[k].start < e.end:
                self.in_person.add(k)
                k += 1
        sayings = word_set(tuple(sorted(data.REPORTED_SAYING)))
        self.saying = {i for i, t in enumerate(self.tokens) if t.norm in sayings}
        for i in self.saying:
            self.cues.setdefault(i, CueForm(self.tokens[i].norm, "", "saying"))
        self.quotes: list[Quote] = []

    def _told_before(self, i: int) -> bool:
        """كشف ذلك فلان: the verb's object points back at what was just told, the clause
        before a comma in its sentence or the sentence before it, and the subject after the
        pointer is its source (أبرمت إدارة النادي ثلاثة عقود …، كشف ذلك مدير المركز فلان)."""
        tokens, cue = self.tokens, self.cues[i]
        if cue.kind != "verb" or cue.present or i + 2 >= len(tokens):
            return False
        k = self._after_outlet(i + 1, len(tokens))
        if tokens[k].norm not in _POINTERS:
            return False
        send = self._sentence_end(i)
        at = self._after_outlet(k + 1, send)  # كشف ذلك لـ«اليوم» مدير عام …
        subject = subject_after(self.doc, at, send)
        if subject is None or not self._may_be_subject(tokens[subject[0]]):
            return False
        start = self._sentence_start(i)
        if i > start and tokens[i - 1].text in _COMMAS:
            first, stop = start, i - 1
        elif i == start and self.sentence_of[i] > 0:
            before = self.doc.sentences[self.sentence_of[i] - 1]
            first, stop = before.token_start, before.token_end
            while (
                stop > first and tokens[stop - 1].kind != "word" and tokens[stop - 1].text in _TRIM
            ):
                stop -= 1
        else:
            return False
        if stop <= first or any(q.end > tokens[first].start for q in self.quotes):
            return False
        speaker = speaker_from_tokens(self.doc, subject[0], subject[1], cue.gender)
        if self._is_title(subject[0]):
            named = self._person_between(subject[0], send)
        else:
            named = self._holder_after(subject, send)
        self._emit(_Content(first, stop, False, i), i, named or speaker)
        self.covered = max(self.covered, subject[1])
        return True

    def _learned_from(self, i: int) -> int | None:
        """Where the source starts after علمت «الصحيفة» من …: the paper learned what its
        sources said (not علمت (المدينة) أن alone, the paper's own voice)."""
        tokens = self.tokens
        if tokens[i].norm not in _LEARNED or i + 2 >= len(tokens):
            return None
        k = i + 1
        opener = tokens[k].text[:1]
        closers = _CLOSING_BRACKET if opener == "(" else frozenset()
        closers = _CLOSING_MARKS if opener in ar.DOUBLE_QUOTES else closers
        if closers:  # the paper's name in brackets or marks: past its closing one
            reach = range(k + 1, min(len(tokens), k + 6))
            close = next((j for j in reach if tokens[j].text[:1] in closers), None)
            k = close + 1 if close is not None else k
        if k == i + 1 or k + 1 >= len(tokens) or tokens[k].norm != "من":
            return None
        return k + 1

    def _by_saying(self, i: int) -> bool:
        """بالقول, or القول after إلى: "by saying", after a verb that is no reporting word;
        بقوله, وقوله right before a complementizer or a colon (انتقد نتنياهو، بقوله إنه …)."""
        norm = self.tokens[i].norm
        if norm in _BY_HIS_SAYING:
            nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
            return nxt is not None and (is_complementizer(nxt) or nxt.text == ":")
        if norm != _BIL_QAWL and not (
            norm == _AL_QAWL and i > 0 and self.tokens[i - 1].norm == normalize_word("إلى")
        ):
            return False
        return i + 1 < len(self.tokens)

    def _second_between(self, i: int) -> bool:
        """وبين after a بين earlier in its sentence is "and between" (علاقة بين كذا وبين كذا),
        not "and he showed"."""
        if self.tokens[i].norm != "وبين" or (i > 0 and self.tokens[i - 1].text in _COMMAS):
            return False  # …، وبين أن …: after a comma it is the verb again
        for k in range(i - 1, max(-1, i - BETWEEN_WINDOW), -1):
            token = self.tokens[k]
            if token.text[:1] in ar.SENTENCE_END:
                return False
            if token.norm == "بين":
                return True
        return False

    def _marks_near(self, i: int) -> bool:
        """A colon or an opening quotation mark within a few words after ``i``, in its sentence."""
        for t in self.tokens[i + 1 : i + 1 + MARKS_REACH]:
            if t.text == ":" or t.text[:1] in ar.DOUBLE_QUOTES:
                return True
            if t.text[:1] in ar.SENTENCE_END:
                return False
        return False

    def _after_turn(self, i: int) -> bool:
        """Whether ``i`` follows من جهته / من جانبه (with or without its comma)."""
        k = i - 1 if i > 0 and self.tokens[i - 1].text not in _COMMAS else i - 2
        return (
            k >= 1
            and self.tokens[k].norm in _TURN_SIDES
            and self.tokens[k - 1].norm in ("من", "ومن")
        )

    def _passes_on(self, i: int, cue: CueForm) -> bool:
        """مضى that does not go on to speech (مضى ذاك الزمان، ثلاث ساعات مضت) is "passed",
        not "went on saying" (ومضى قائلا، ومضى يقول: …)."""
        if cue.lemma != _MADA:
            return False
        for t in self.tokens[i + 1 : i + 4]:
            if t.text == ":" or t.text[:1] in ar.DOUBLE_QUOTES or cue_of(t) is not None:
                return False
            if t.norm in _TO_SAYING or is_complementizer(t):
                return False
        return True

    # -- what the mark pairer asks ------------------------------------------------------
    def _opens(self, i: int) -> bool:
        return i in self.cues or is_complementizer(self.tokens[i])

    def _resumes(self, s: int) -> bool:
        sentence = self.doc.sentences[s]
        for i in range(sentence.token_start, min(sentence.token_end, sentence.token_start + 2)):
            cue = self.cues.get(i)
            if cue is not None and cue.kind == "verb":
                return True
            if self.tokens[i].kind == "word":
                return False
        return False

    # -- the pass -----------------------------------------------------------------------
    def run(self) -> list[Quote]:
        inside = self._inside_pairs()
        according = matching(data.ACCORDING_TO)
        pairs, cues = self.pairs, self.cues
        for i, token in enumerate(self.tokens):
            if i < self.covered:
                continue
            if i in pairs and i not in self.used:
                self._unintroduced(pairs[i])
            elif i in cues and i not in inside:
                self._statement(i)
            elif token.norm in according and token.kind == "word":
                self._according(i)
            elif token.norm.startswith(("وان", "وبان")) and is_complementizer(token):
                self._and_that(i)
        return self.quotes

    def _inside_pairs(self) -> set[int]:
        inside: set[int] = set()
        for q in self.pairs.values():
            if q.words > data.SCARE_QUOTE_MAX_WORDS:
                inside.update(range(q.first, q.stop))
        return inside

    def _sentence_end(self, i: int) -> int:
        return self.doc.sentences[self.sentence_of[i]].token_end

    def _statement_end(self, i: int) -> int:
        """The end of the sentence of ``i``, read over full stops inside abbreviations that the
        sentence splitter took for sentence ends (بي.بي.سي، ام.اس.ان.بي.سي)."""
        end = self._sentence_end(i)
        tokens = self.tokens
        while (
            end < len(tokens)
            and tokens[end - 1].text == "."
            and end >= 2
            and tokens[end - 2].kind == "word"
            and len(tokens[end - 2].text) <= 3
            and tokens[end].start == tokens[end - 1].end
        ):
            end = self._sentence_end(end)
        # إن التمثال خرج … «ولم يكن هناك كيان … . واتفاقية … لا تطبق»: over the full stops of
        # a quotation the statement opened, to its closing mark in the same paragraph
        paragraph = self._paragraph(i)
        k = i + 1
        while k < end:
            pair = self.pairs.get(k)
            if (
                pair is not None
                and pair.closer is not None
                and pair.closer >= end
                and self._paragraph(pair.closer) == paragraph
            ):
                end = self._sentence_end(pair.closer)
            k += 1
        return end

    def _sentence_start(self, i: int) -> int:
        return self.doc.sentences[self.sentence_of[i]].token_start

    def _paragraph(self, i: int) -> int:
        return self.doc.sentences[self.sentence_of[i]].paragraph

    # -- a reporting word ---------------------------------------------------------------
    def _statement(self, i: int) -> None:
        if i in self.saying:
            self._reported_saying(i)
            return
        cue = self.cues[i]
        tokens = self.tokens
        if self._told_before(i):
            return
        if not self._can_state(i):
            return
        send = self._statement_end(i)
        before = tokens[i - 1] if i > self._sentence_start(i) else None
        relative = before is not None and in_list(before, data.RELATIVES)
        own = relative and before is not None and self._own_subject(before, cue)
        if own:
            relative = False  # التي يقول كثيرون إنها …: the verb has a subject of its own
        subject: tuple[int, int] | None = None
        after = i + 1
        if self._in_speech_noun(i):
            after = i + 2  # كلمة قال فيها: …
        elif cue.kind == "verb" and not relative:
            subject, after = self._subject(i, send)
            if own and (subject is None or not self._is_source(tokens[subject[0]])):
                return  # الذين توضح معرفاتهم أنهم …: a subject that is no source
        if subject is None and in_list(tokens[i], data.ASIDES):
            return  # يذكر أن …: the writer's aside
        # after الذي/التي the words that follow the verb are its object, not its subject:
        # only an introducer right after the verb makes a statement (التي قالت إن …)
        limit = None
        if relative and not self._speech_context(i):
            limit = i + 1
            while limit < send and (
                in_list(tokens[limit], data.SKIPPABLE_AFTER_CUE)
                or in_list(tokens[limit], data.DAY_WORDS)
            ):
                limit += 1  # الذي قال أمس الخميس إنه …: the time of the statement between
            limit += 1
        lord = self._lord_prayed_to(i)
        if lord is not None and subject is not None and subject[0] < lord < subject[1]:
            subject = (subject[0], lord)  # ودعا الدكتور التركي المولى: the speaker only
        content = None if lord is not None else self._introducer(i, after, send, limit)
        if content is not None and cue.lemma in _MARKS_ONLY and not self._marked(content):
            content = None  # كتبت دليلا … يجب أن: كتب states only what a colon or mark sets off
        if content is not None and cue.lemma in _WISHES and not content.direct:
            content = None  # وتمنى الجاسر أن يوفقه الله …: a wish (تمنى: «…» is speech)
        considered = cue.lemma == _ITABARA and cue.present
        if content is not None and considered and content.intro - i > CONSIDERED_REACH:
            content = None  # وتعتبر الجائزة من الإنجازات …: "is considered", no statement
        speaker = self._speaker(i, cue, subject, relative)
        carried = self._after_cut(i, subject)
        if carried is not None:
            speaker, subject = carried, None
        issuer = self._issued_by(subject, send) if content is not None else None
        if issuer is not None:  # وتفيد الأرقام الصادرة عن هيئة الإحصاءات بأن …: the body
            speaker = speaker_from_tokens(self.doc, issuer[0], issuer[1], cue.gender)
        if content is not None and cue.kind != "passive":
            if speaker is None or subject is None or self._is_title(subject[0]):
                named = self._person_between(subject[0] if subject else i + 1, content.intro)
            else:
                named = self._holder_after(subject, content.intro)
            if named is not None:
                if subject is not None:
                    self._learn_role(subject[0], named)
                speaker = named
            if speaker is None:
                speaker = self._topic_before(i)
            if speaker is None and not self.history and cue.kind == "verb":
                speaker = self._lead_subject(i, cue)
        if (
            speaker is None
            and subject is None
            and not relative
            and cue.present
            and cue.lemma == _TAWAQQA
        ):
            return  # ويتوقع أن يبدأ التصوير …: "it is expected", with nobody before to expect it
        if content is None and subject is not None and before is not None:
            content = self._as_says(i, before)  # …، كما يشير البروفيسور فلان
        if speaker is not None and cue.kind == "verb":
            # ويتوقع تشغيله جزئيا: "is expected" with no content states nothing, names no one
            expected = cue.lemma == _TAWAQQA and cue.present
            if content is None and subject is not None and self._opens_sentence(i) and not expected:
                if self._is_title(subject[0]):
                    tail = self._title_tail(subject[1], send)
                    named = self._person_between(subject[0] + 1, tail)
                    if named is not None:  # طالب الرئيس الأفغاني فلان …: الرئيس is فلان
                        self._learn_role(subject[0], named)
                        speaker = named
                self.history.append(speaker)  # شددت الحكومة على …، وقالت إن …
            self.subjects[self.sentence_of[i]] = speaker
        if content is not None:
            # وقلل فلان من أهمية ما يردده المتمردون من أن …: a claim the sentence reports on,
            # not the voice that a later وقال goes on with
            embedded = (
                before is not None and before.norm == "ما" and i - 1 > self._sentence_start(i)
            )
            self._emit(content, i, speaker, remember=not embedded)

    @staticmethod
    def _own_subject(relative: Token, cue: CueForm) -> bool:
        """A verb that does not agree with the relative before it (التي يقول، الذي تقول) is
        not said by the relative's noun: its subject follows it."""
        agrees = {"التي": FEMININE, "الذي": MASCULINE, "الذين": PLURAL}.get(relative.norm)
        return agrees is not None and cue.gender not in ("", agrees)

    def _learn_role(self, head: int, person: Speaker) -> None:
        """Remember that the title at ``head`` (الصحفية، المتحدث) named ``person``; a title
        that named two different people is ambiguous and is never resolved."""
        key = self.tokens[head].norm
        if self._family_name(key):
            return  # الجبير is a name, not a title
        known = self.roles.get(key, person)
        same = known is not None and known.name == person.name
        self.roles[key] = person if same else None

    def _family_name(self, norm: str) -> bool:
        """Whether ``norm`` ends the name of a person the tagger found or a speaker named so far
        (الجبير of عادل بن أحمد الجبير)."""
        if self.family_names is None:
            self.family_names = {normalize_word(e.text.split()[-1]) for e in self.persons}
        names = {normalize_word(s.name.split()[-1]) for s in self.history if s.name.split()}
        return norm in self.family_names or norm in names

    def _role_holder(self, subject: tuple[int, int], speaker: Speaker) -> Speaker:
        """A short title with the article (الصحفية، المتحدث باسم المقاومة) standing for the
        person it named earlier in the article: that person, when there is only one; an
        office named earlier with its holder (رئيس فرع الإفتاء بالمنطقة الدكتور فلان, then
        وأوضح رئيس فرع الإفتاء بعسير): its holder."""
        head = self.tokens[subject[0]]
        if head.norm in OFFICE_HEADS:  # the tagger often takes أمير عسير for a name
            return self._office_holder(subject, speaker)
        stem = head.clitics.stem if head.clitics is not None and head.clitics.article else ""
        short = subject[1] - subject[0] <= MAX_ROLE_WORDS
        if short and (stem in OFFICE_HEADS or stem in ANY_OFFICE) and speaker.ref.entity_id is None:
            # الوزير المصري after وزير الري … المصري الدكتور حسام مغازي; المسؤول اليمني
            found = self._office_holder(subject, speaker)
            if found is not speaker:
                return found
        if subject[1] - subject[0] > MAX_ROLE_WORDS or head.clitics is None:
            return speaker
        if not head.clitics.article or speaker.ref.entity_id is not None:
            return speaker
        person = self.roles.get(head.norm)
        if person is None or self._family_name(head.norm):
            return speaker
        ref = Ref(speaker.ref.start, speaker.ref.end, speaker.ref.text, person.ref.entity_id)
        return Speaker(ref, person.name, speaker.gender or person.gender, person.plural)

    def _office_holder(self, subject: tuple[int, int], speaker: Speaker) -> Speaker:
        if self.offices is None:
            self.offices = offices_of(self.doc, self.sentence_of)
        earlier = [o for o in self.offices if o.holder.end <= speaker.ref.start]
        title = [t for t in self.tokens[subject[0] : subject[1]] if t.kind == "word"]
        person = holder(title, earlier)
        if person is None:
            return speaker
        ref = Ref(speaker.ref.start, speaker.ref.end, speaker.ref.text, person.entity_id)
        return Speaker(ref, person.text, speaker.gender, speaker.plural)

    def _is_title(self, k: int) -> bool:
        """Whether the subject starting at ``k`` is a title or a noun, not a name: a person
        named after it is the speaker (المدير العام للشركة المهندس فلان)."""
        token = self.tokens[k]
        if any(e.start == token.start for e in self.persons):
            return False
        # الإعلامي: the article read from the letters (the clitic analysis took it for a stem)
        return _definite_word(token) or in_list(token, data.APPOSITION_HEADS)

    def _holder_after(self, subject: tuple[int, int], intro: int) -> Speaker | None:
        """The person a bare title names past its genitive words (قاضي الاستئناف بمحكمة جازان
        الشيخ فلان، استشاري الأنف والأذن والحنجرة الدكتور فلان), when the subject is no person."""
        if self.tokens[subject[0]].start in self.person_at:
            return None
        tail = self._title_tail(subject[1], intro)
        if tail > subject[1]:
            return self._person_between(subject[1], tail)
        joined = self.tokens[subject[1]].norm[:1] == "و" if subject[1] < intro else False
        if joined and intro - subject[1] <= MAX_TITLE_TAIL:
            # مندوب اللجان المحلية ولجنة الفصل علي محمد الحملي، أن: a title of two bodies
            return self._person_between(subject[1], intro)
        return None

    def _speech_context(self, i: int) -> bool:
        """الذي أكد في حديث مقتضب … أن: after the verb, the occasion of the statement."""
        tokens = self.tokens
        return (
            i + 2 < len(tokens)
            and tokens[i + 1].norm in ("في", "خلال")
            and in_list(tokens[i + 2], data.SPEECH_NOUNS)
        )

    def _in_named_body(self, token: Token) -> bool:
        """Whether ``token`` lies inside an organization or place the tagger found."""
        return any(
            e.start <= token.start < e.end
            for e in index_of(self.doc.entities).overlapping(token.start, token.end)
            if e.type in ("ORG", "LOC", "GPE")
        )

    def _marked(self, content: _Content) -> bool:
        return content.pair is not None or self.tokens[content.intro].text == ":"

    def _title_tail(self, end: int, send: int) -> int:
        """Where a title cut at a preposition goes on to the name of its holder: past the
        genitive words with the article (رئيس اللجنة الدولية | للصليب الأحمر والهلال الأحمر
        بيتر مورير) and the person the tagger found right after them; else ``end``."""
        k = end
        while k < send and k - end < MAX_TITLE_TAIL and self.tokens[k].kind == "word":
            token = self.tokens[k]
            clitics = token.clitics
            if (
                _definite_word(token)
                or token.norm.startswith(("لل", "وال"))
                or (clitics is not None and clitics.prefix[-1:] == "ب")  # بجامعة الملك … بجدة
                or self._in_named_body(token)
            ):
                k += 1
                continue
            break
        if k == end or k >= send:
            return end
        person = self.person_at.get(self.tokens[k].start)
        if person is None:
            return end
        while k < send and self.tokens[k].end <= person.end:
            k += 1
        return k

    def _opens_sentence(self, i: int) -> bool:
        """Whether ``i`` is the first word of its sentence, or follows only a comma phrase."""
        first = self._sentence_start(i)
        return i == first or any(t.text in _COMMAS for t in self.tokens[first:i])

    def _can_state(self, i: int) -> bool:
        """Whether the reporting word at ``i`` can head a statement of its own."""
        cue = self.cues[i]
        tokens = self.tokens
        first = self._sentence_start(i)
        before = tokens[i - 1] if i > first else None
        if before is not None and in_list(before, data.NOT_A_STATEMENT_BEFORE):
            temporal = i - 2 >= first and in_list(tokens[i - 2], data.TEMPORAL_BEFORE_AN)
            if not temporal:
                return False  # أن يعلن، لن يقول: an infinitive or a negated future
        for k in range(i + 1, min(len(tokens), i + 4)):
            t = tokens[k]
            if is_complementizer(t):
                break
            if in_list(t, data.GOD_WORDS) and self._prayed_to(k):
                return False  # داعيا المولى أن …: a prayer (لافتة أن الله … is not)
        if i + 1 < len(tokens) and in_list(tokens[i + 1], data.QUESTION_WORDS):
            return False  # يقول كيف …: a question
        if cue.kind == "participle":
            return self._clause_head(i)  # ليس مؤكدا أن: an adjective
        if self._in_speech_noun(i):
            return True  # تصريحا لأحد المسؤولين يقول فيه إن …: the speech, then its words
        if cue.present and before is not None and self._pronoun_subject(before, cue):
            return True  # فهي تقول «…»: a pronoun before the verb, the one spoken of
        # واقع الأمور يشير إلى أنه …: an imperfect after a subject that is not a source; but
        # وعن حديقة المطار يقول فلان: …: a topic before a verb whose subject is a person after it
        return not (
            cue.present
            and before is not None
            and before.kind == "word"
            and tokens[i].norm[0] not in "وف"
            and before.norm not in ("قد", "ما")
            and not in_list(before, data.RELATIVES)
            and not in_list(before, data.NEW_STATEMENT_BEFORE)
            and not (
                before.norm in _HAYTHU and i + 1 < len(tokens) and _definite_word(tokens[i + 1])
            )
            and entity_before(self.doc, i) is None
            and not (i + 1 < len(tokens) and tokens[i + 1].start in self.person_at)
        )

    @staticmethod
    def _pronoun_subject(before: Token, cue: CueForm) -> bool:
        """وهو يقول، فهي تقول، وهم يؤكدون: a personal pronoun of the verb's person before it."""
        norm = before.norm[1:] if before.norm[:1] in "وف" and len(before.norm) == 3 else before.norm
        return _PRONOUNS.get(norm) == cue.gender

    def _lord_prayed_to(self, i: int) -> int | None:
        """Where المولى stands before the complementizer, a few words after the verb (ودعا
        سموه في اتصال هاتفي المولى عز وجل أن …): a prayer, which names its speaker but states
        nothing; None when the verb prays to no one."""
        for k in range(i + 1, min(len(self.tokens), i + PRAYER_REACH)):
            if is_complementizer(self.tokens[k]):
                return None
            if self.tokens[k].norm == _LORD or self._praised(k):
                return k
        return None

    def _praised(self, k: int) -> bool:
        """الله followed by its praise (الله - عز وجل -، الله تعالى، الله العلي القدير): God
        named as the one prayed to, not the end of a name (عبد الله، حزب الله)."""
        tokens = self.tokens
        if tokens[k].norm != _ALLAH or k + 1 >= len(tokens):
            return False
        nxt = tokens[k + 1] if tokens[k + 1].text not in ("-", "–", "(") else None
        if nxt is None and k + 2 < len(tokens):
            nxt = tokens[k + 2]
        return nxt is not None and nxt.norm in _PRAISE

    def _prayed_to(self, k: int) -> bool:
        """Whether the word of God at ``k`` is the one prayed to: right after the verb or a
        preposition (داعيا الله، داعيا من الله), not the end of a name (ذبيح الله، حزب الله)."""
        before = self.tokens[k - 1]
        return k - 1 in self.cues or in_list(before, data.SPEAKER_STOPS)

    def _as_says(self, i: int, before: Token) -> _Content | None:
        """``…، كما يشير فلان``: the clause before the comma is what the speaker says."""
        if not self.cues[i].present or before.norm != "كما":
            return None
        if self.tokens[i - 2].text not in _COMMAS:
            return None
        first = self._sentence_start(i)
        if self.tokens[first].start < (self.quotes[-1].end if self.quotes else 0):
            return None
        return self._reported(first, i - 2, i)

    def _reported_saying(self, i: int) -> None:
        """نقلت الصحيفة عن فلان قوله إن …: the speaker is the one after عن."""
        tokens = self.tokens
        first, send = self._sentence_start(i), self._sentence_end(i)
        source = next((k for k in range(i - 1, first - 1, -1) if tokens[k].norm == "عن"), None)
        if source is None:
            return
        content = self._introducer(i, i + 1, send, i + SAYING_REACH)
        if content is None:
            # قوله للصحافيين الذين رافقوه على متن طائرته …: «…»: a colon and marks further on
            content = self._introducer(i, i + 1, send)
            if content is None or content.pair is None:
                return
        named = self._person_between(source + 1, i)  # عن علي أكبر صالحي: علي is no preposition
        subject = subject_after(self.doc, source + 1, i)
        if named is None and subject is not None:
            named = speaker_from_tokens(self.doc, subject[0], subject[1], "")
        if named is not None:
            self._emit(content, i, named)

    def _clause_head(self, i: int) -> bool:
        """Whether a participle at ``i`` starts a clause: after a comma, with و, or first."""
        if i == self._sentence_start(i) or self.tokens[i].norm[0] == "و":
            return True
        if self.tokens[i].norm == _ISHARA:
            return True  # في إشارة منه إلى أن …: its في was checked when it became a cue
        if self.tokens[i].norm in (_BIL_QAWL, _AL_QAWL):
            return True  # خلص إلى القول: its إلى was checked when it became a cue
        if self.cues[i].lemma == "قال":
            return not self._governs(i - 1)  # … اليوم قائلة إن …: قائل is no adjective
        if self.tokens[i - 1].text in _COMMAS:
            return True
        # … في «ابشر» لافتاً إلى انه …: reported content, not a quotation further on
        window = self.tokens[i + 1 : i + NEAR_INTRODUCER]
        if self._accusative_clause(i) and any(is_complementizer(t) for t in window):
            return True
        return self._introduces_here(i, len(self.tokens))  # … للعلاج مشيرة إلى أن …

    def _accusative_clause(self, k: int) -> bool:
        """… مرجعا الأمر إلى …، في «ابشر» لافتاً إلى أنه …: a participle in the accusative -an
        form after a word or a closing mark starts a clause without a comma, unless a
        preposition or a verb of being governs it (ليس مؤكدا أن); a feminine form there agrees
        with its noun (شاحنة محملة)."""
        before = self.tokens[k - 1]
        return (
            self.tokens[k].norm.endswith("ا")
            and (before.kind == "word" or before.text in _CLOSING_MARKS)
            and not self._governs(k - 1)
        )

    def _subject(self, i: int, send: int) -> tuple[tuple[int, int] | None, int]:
        """The subject after the verb at ``i`` and the index after it (and after a name in
        quotation marks that ends it: شركة الطيران «سيفاكس»)."""
        tokens = self.tokens
        start = self._after_outlet(i + 1, send)  # كشفت لـ«عكاظ» مصادر …: past the outlet
        source = self._learned_from(i) if self.cues[i].lemma == _ALIMA else None
        if source is not None:  # علمت «عكاظ» من مصادر خاصة أن …: the sources
            found = subject_after(self.doc, source, send)
            if found is not None:
                return found, found[1]
        name = self.pairs.get(start)
        if name is not None and self._is_name(name) and self._continues_after(name, send):
            return (name.first, name.stop), (name.closer or name.stop) + 1
        listed = self._listed_speakers(start, send)
        if listed is not None:
            return listed, listed[1]
        subject = subject_after(self.doc, start, send)
        if subject is not None and self._not_a_subject(tokens[subject[0]]):
            head = tokens[subject[0]]
            alone = subject[1] - subject[0] == 1 and subject[1] < send  # وأكد بادي أن: a name
            # بسرعة، بشدة، بصراحة: ب and a feminine noun is an adverb (وأكد بادي أن: a name)
            clitics = head.clitics
            adverb = (
                clitics is not None and clitics.prefix[-1:] == "ب" and clitics.stem.endswith("ه")
            )
            alone = alone and not adverb and not in_list(head, data.NAME_NOUNS)
            if not (alone and is_complementizer(tokens[subject[1]])):  # not اكتشفت بسرعة أن
                subject = None  # وأشار لوجود ضوابط …، قال سيكون …: an object or a verb
        if subject is None:
            if i > 0 and tokens[i - 1].norm == "قد":
                return self._kan_subject(i), i + 1
            return self._kan_subject(i, reach=KAN_SUBJECT_WORDS), i + 1
        name = self.pairs.get(subject[1])
        if name is not None and name.closer is not None and self._is_name(name):
            if self._is_title(subject[0]):
                # رئيس الشركة الوطنية "سياحية"، صالح قدح: the title's organization, then its holder
                return (subject[0], name.closer + 1), name.closer + 1
            return (name.first, name.stop), name.closer + 1
        if subject[1] < send and in_list(tokens[subject[1]], data.NAMED_AS):
            named = subject_after(self.doc, subject[1] + 1, send)  # شاهد عيان يدعى فلان
            if named is not None:
                return named, named[1]
        return subject, subject[1]

    def _listed_speakers(self, k: int, send: int) -> tuple[int, int] | None:
        """The names listed after كل من up to the colon or complementizer that ends them
        (وقال كل من فلان، فلان، وفلان: …): one speaker for them all."""
        tokens = self.tokens
        if k + 2 >= send or tokens[k].norm != "كل" or tokens[k + 1].norm != "من":
            return None
        for j in range(k + 2, min(send, k + 2 + _LIST_WORDS)):
            if tokens[j].text == ":" or is_complementizer(tokens[j]):
                return (k + 2, j) if j > k + 2 else None
            if j in self.cues or tokens[j].text in ".؟?!":
                return None
        return None

    def _after_outlet(self, k: int, send: int) -> int:
        """The word after a newspaper the statement was made to, when one follows the verb
        (لـ«عكاظ»، لـ "الحياة"، لـ(الوطن)); else ``k``."""
        tokens = self.tokens
        if k + 1 >= send or tokens[k].norm not in ("لـ", "ل"):
            return k
        pair = self.pairs.get(k + 1)
        if pair is not None and pair.closer is not None and self._is_name(pair):
            return pair.closer + 1
        if tokens[k + 1].text == "(":
            for j in range(k + 2, min(send, k + 2 + data.SCARE_QUOTE_MAX_WORDS + 1)):
                if tokens[j].text == ")":
                    return j + 1
        return k

    def _kan_subject(self, i: int, reach: int = 0) -> tuple[int, int] | None:
        """The subject of وكانت مصادر عسكرية قد أشارت: between كان and قد; with ``reach``, of
        a verb with no قد a few words after كان (وكان الجبير أكد خلال مؤتمر صحافي أن)."""
        begin = self._sentence_start(i)
        stop = i - 1 if not reach else i
        lowest = max(begin, i - 1 - reach) if reach else max(begin, i - 12)
        for k in range(stop - 1, lowest - 1, -1):
            if reach and self.tokens[k].kind != "word":
                return None
            if self.tokens[k].norm in _KAN:
                return subject_after(self.doc, k + 1, stop) if k + 1 < stop else None
        return None

    def _is_name(self, pair: Quoted) -> bool:
        return pair.words <= data.SCARE_QUOTE_MAX_WORDS

    def _speaker(
        self, i: int, cue: CueForm, subject: tuple[int, int] | None, relative: bool
    ) -> Speaker | None:
        if cue.kind == "passive":
            return None
        if subject is not None:
            speaker = speaker_from_tokens(self.doc, subject[0], subject[1], cue.gender)
            if is_anaphoric(speaker):
                antecedent = self._antecedent(i, subject[0])
                if antecedent is not None:
                    speaker.name = antecedent.name
                    speaker.plural = speaker.plural or antecedent.plural
            return self._role_holder(subject, speaker)
        if relative:
            entity = entity_before(self.doc, i - 1)
            return _from_entity(entity, cue.gender) if entity else None
        if cue.gender == PLURAL:
            group = self._plural_subject(i)
            if group is not None:
                return group
        before = self.tokens[i - 1] if i > self._sentence_start(i) else None
        hangs = before is not None and before.norm in ("حيث", "اذ")  # …، حيث قال: (…)
        if self._in_speech_noun(i):
            nouns = (k for k in range(i - 1, -1, -1) if in_list(self.tokens[k], data.SPEECH_NOUNS))
            noun = next(nouns)
            named = self._person_between(noun + 1, i)  # كلمة رئيس الجمعية فلان، أوضح فيها
            if named is not None:
                return named
            given = self.tokens[noun + 1]
            source = subject_after(self.doc, noun + 1, i) if given.norm[:1] == "ل" else None
            if source is not None:  # تصريحا لأحد المسؤولين يقول فيه: the one it was given by
                found = speaker_from_tokens(self.doc, source[0], source[1], cue.gender)
                return self._strip_preposition(found, given)
        if cue.kind == "participle" or hangs or self._in_speech_noun(i):
            own = self._clause_subject(i, cue)
            if own is not None:
                return own
        topic = self._amma_topic(i)
        if topic is not None:
            return topic
        if self.tokens[i].norm[0] not in "وف":
            entity = entity_before(self.doc, i)
            if entity is not None:
                return _from_entity(entity, cue.gender)
            fronted = self._subject_before(i, cue)
            if fronted is not None:
                return fronted
        if self.quotes and cue.kind == "verb":
            # طمأن عضو الشرف موسى الموسى … . وشدد على أن …: a person the text turned to after
            # the last statement, not the last speaker
            topic = self._topic_before(i, since=self.quotes[-1].end, tagged=True)
            if topic is not None:
                return topic
        return previous_speaker(self.history, cue.gender)

    def _joined_verb(self, k: int) -> bool:
        """A past verb of saying with و after a comma: reported content ends before it."""
        cue = self.cues.get(k)
        return (
            cue is not None
            and cue.kind == "verb"
            and not cue.present
            and self.tokens[k].norm[:1] == "و"
        )

    def _after_cut(self, i: int, subject: tuple[int, int] | None) -> Speaker | None:
        """The speaker of the reported content that a joined verb at ``i`` cut (أن …،
        وأعلن …): a verb with no subject of its own goes on with it, whatever its gender."""
        tokens = self.tokens
        if not self._joined_verb(i) or i < 2 or tokens[i - 1].text not in _COMMAS:
            return None
        if not self.quotes or not self.history or i == self._sentence_start(i):
            return None
        last = self.quotes[-1]
        if last.direct or last.end != tokens[i - 2].end or last.speaker != self.history[-1].ref:
            return None
        return self.history[-1] if subject is None else None

    def _amma_topic(self, i: int) -> Speaker | None:
        """The topic of أما that a verb with ف goes on from (أما «الوكالة الوطنية للإعلام»،
        فأعلنت أن …; أما الثالث فقال: …): the name in marks or the noun phrase after أما."""
        tokens = self.tokens
        clitics = tokens[i].clitics
        if tokens[i].norm[:1] != "ف" or clitics is None or not clitics.prefix:
            return None
        start = self._sentence_start(i)
        amma = next(
            (
                k
                for k in range(i - 1, max(start, i - AMMA_REACH) - 1, -1)
                if tokens[k].norm == "اما"
            ),
            None,
        )
        if amma is None or any(k in self.cues for k in range(amma + 1, i)):
            return None
        end = i - 1 if tokens[i - 1].text in _COMMAS else i
        name = self.pairs.get(amma + 1)
        if name is not None and self._is_name(name):
            return speaker_from_tokens(self.doc, name.first, name.stop, "")
        subject = subject_after(self.doc, amma + 1, end)
        if subject is None or subject[1] != end or not _definite_word(tokens[amma + 1]):
            return None
        return speaker_from_tokens(self.doc, subject[0], subject[1], "")

    def _lead_subject(self, i: int, cue: CueForm) -> Speaker | None:
        """The subject of the verb that opens the sentence before, for a continuing verb of
        the same gender with no speaker before it (سجلت الصحة أمس إصابتين …. وبينت أن …)."""
        s = self.sentence_of[i]
        if s == 0 or i != self._sentence_start(i) or self.tokens[i].norm[:1] not in "وف":
            return None
        first = self.doc.sentences[s - 1].token_start
        verb = self.tokens[first]
        if verb.kind != "word" or first in self.cues or _definite_word(verb):
            return None
        if (cue.gender == FEMININE) != (verb.norm.endswith("ت") and len(verb.norm) > 3):
            return None
        subject = subject_after(self.doc, first + 1, self.doc.sentences[s - 1].token_end)
        if subject is None or not _definite_word(self.tokens[subject[0]]):
            return None
        if not self._may_be_subject(self.tokens[subject[0]]):
            return None
        return speaker_from_tokens(self.doc, subject[0], subject[1], cue.gender)

    def _plural_subject(self, i: int) -> Speaker | None:
        """The group a plural verb or participle with no subject of its own goes on from:
        the subject of its sentence's first verb when that names a group (استنكر عدد من
        الخبراء الأمنيين الحادث …، مؤكدين أن …; فيما قدم عدد من القيادات …، أكدوا أن …)."""
        tokens = self.tokens
        k = self._sentence_start(i)
        while k < i and tokens[k].norm in _SENTENCE_LEADS:
            k += 1
        if k < i and k in self.cues:
            return None
        for verb in range(k, min(i - 1, k + _PLURAL_VERB_REACH)):
            if tokens[verb].kind != "word" or _definite_word(tokens[verb]) or verb in self.cues:
                continue
            h = self._after_outlet(verb + 1, i)  # وتحدث لـ«عكاظ» عدد من المراجعين
            head = tokens[h]
            if head.norm in _GROUP_NOUNS and h + 2 < i and tokens[h + 1].norm == "من":
                rest = subject_after(self.doc, h + 2, i)
                return speaker_from_tokens(self.doc, h, rest[1], PLURAL) if rest else None
            if in_list(head, data.PLURAL_SOURCES):
                subject = subject_after(self.doc, h, i)
                return speaker_from_tokens(self.doc, *subject, PLURAL) if subject else None
        for h in range(i - 1, max(k, i - _PLURAL_SOURCE_REACH), -1):
            # ورغم أن الأسعار … يستبعد مسؤولون … احتمال خفض الإنتاج وقالوا إنهم …
            ahead = tokens[h - 1]
            if h in self.cues or tokens[h].kind != "word" or self._stated_at(h - 1):
                continue
            if not in_list(tokens[h], data.PLURAL_SOURCES) or ahead.kind != "word":
                continue
            if _definite_word(ahead) or ahead.norm in _PREPOSITIONS:
                continue
            subject = subject_after(self.doc, h, i)
            return speaker_from_tokens(self.doc, *subject, PLURAL) if subject else None
        return None

    def _stated_at(self, k: int) -> bool:
        """Whether the reporting word at ``k`` made a statement (يستبعد مسؤولون احتمال …, with a
        noun for its object, made none: its subject is free for a later وقالوا)."""
        start = self.tokens[k].start
        cued = (q.cue for q in self.quotes if q.cue is not None)
        return k in self.cues and any(cue.start == start for cue in cued)

    def _antecedent(self, i: int, head: int) -> Speaker | None:
        """Whom an anaphoric speaker (هو، الأخير، سموه) stands for: the previous speaker; for an
        honorific (سموه، معاليه), which stands for a person, the previous speaker only if the
        tagger found it a person, else the person named last before (a dignitary first)."""
        last = self.history[-1] if self.history else None
        persons = {e.entity_id for e in self.persons}
        person = last is not None and not is_anaphoric(last) and last.ref.entity_id in persons
        if not person and in_list(self.tokens[head], data.HONORIFICS):
            before = [e for e in self.persons if e.end <= self.tokens[i].start]
            titled = [e for e in before if self._after_dignity(e)]  # الأمير فلان first
            found = titled or before
            if found:
                return _from_entity(found[-1], "")
            return self._dignitary_before(i) or last
        return last

    def _dignitary_before(self, i: int) -> Speaker | None:
        """A name from the name list right after the last title of dignity before ``i`` (صاحب
        السمو الأمير فلان بن فلان), for a dignitary the tagger did not find."""
        for k in range(i - 1, -1, -1):
            if in_list(self.tokens[k], data.DIGNITIES):
                found = name_in(self.doc, k + 1, min(i, k + 1 + LEAD_WORDS))
                if found is not None:
                    return speaker_from_tokens(self.doc, found[0], found[1], "")
        return None

    def _after_dignity(self, entity: Entity) -> bool:
        """Whether a title of dignity (الأمير، صاحب السمو، معالي) stands just before ``entity``."""
        k = self.token_at.get(entity.start)
        if k is None:
            return False
        return any(in_list(t, data.DIGNITIES) for t in self.tokens[max(0, k - 3) : k])

    def _in_speech_noun(self, i: int) -> bool:
        """ألقى فلان كلمة قال فيها: …: a verb in a clause on a noun of speech, whose فيها is
        the speech, not the speaker."""
        tokens = self.tokens
        if i == 0 or i + 1 >= len(tokens) or self.cues[i].kind != "verb":
            return False
        if tokens[i + 1].norm not in ("فيها", "فيه"):
            return False
        if in_list(tokens[i - 1], data.SPEECH_NOUNS):
            return True
        # تلا ذلك كلمة رئيس الجمعية فلان، أوضح فيها أن …: the noun and its speaker, a comma;
        # نشرت تصريحا لأحد المسؤولين يقول فيه إن …: the noun, ل and its speaker, no comma
        first = max(self._sentence_start(i), i - SPEECH_NOUN_REACH)
        for k in range(i - 2, first - 1, -1):
            if in_list(tokens[k], data.SPEECH_NOUNS):
                after = tokens[k + 1]
                given = after.norm[:1] == "ل" and not in_list(after, data.SPEECH_NOUNS)
                return tokens[i - 1].text in _COMMAS or given
        return False

    def _subject_before(self, i: int, cue: CueForm) -> Speaker | None:
        """A definite subject put before its verb after أن or لكن (غير أن الزوجة قالت: …)."""
        tokens = self.tokens
        first = self._sentence_start(i)
        for k in range(i - 1, max(first, i - MAX_FRONTED_WORDS - 1) - 1, -1):
            token = tokens[k]
            if token.kind != "word" or k in self.cues:
                return None
            if is_bare_complementizer(token) or token.norm in ("لكن", "ولكن"):
                if k + 1 == i or not _definite_word(tokens[k + 1]):
                    return None
                return speaker_from_tokens(self.doc, k + 1, i, cue.gender)
            if in_list(token, data.SPEAKER_STOPS):
                return None
        return None

    def _clause_subject(self, i: int, cue: CueForm) -> Speaker | None:
        """The subject of the clause a participle (قائلة، مضيفا) hangs on."""
        s = self.sentence_of[i]
        if s in self.subjects and _agrees(self.subjects[s], cue):
            return self.subjects[s]  # not بإجراء كشف طبي …، موضحة أن: a masculine verb
        first = self._sentence_start(i)
        last = self.quotes[-1] if self.quotes else None
        if last is not None and last.end >= self.tokens[first].start and self.history:
            return self.history[-1]
        if i == first and s > 0 and last is not None and self.history:
            # …الجلسات المقبلة للحكومة. متوقعا أن …: a participle that opens its sentence goes
            # on from the statement that ended the sentence before
            previous = self.doc.sentences[s - 1]
            if last.end >= self.tokens[previous.token_start].start:
                return self.history[-1]
        named = self._verb_subject_named(first, i)
        if named is not None:
            return named  # وأشاد غارسيا أيضا بقوة برشلونة …، قائلا: not برشلونة
        start, end = self.tokens[first].start, self.tokens[i].start
        inside = [e for e in self.doc.entities if start <= e.start and e.end <= end]
        persons = [e for e in inside if e.type == "PER"]  # before an organization it works in
        chosen = persons or [e for e in inside if e.type == "ORG"]
        if chosen:
            return _from_entity(chosen[0], cue.gender)
        aside = first + 2 < i and in_list(self.tokens[first], data.ASIDES)
        if aside and is_bare_complementizer(self.tokens[first + 1]):
            # يذكر أن إدارة النادي أبدت …، مشددة على أن …: the subject after the aside's أن
            subject = subject_after(self.doc, first + 2, i)
            if subject is not None:
                return speaker_from_tokens(self.doc, subject[0], subject[1], cue.gender)
        found = name_in(self.doc, first, i)
        if found is not None:
            return speaker_from_tokens(self.doc, found[0], found[1], cue.gender)
        if first in self.cues:
            return None
        verb = first
        while verb < i and self.tokens[verb].norm in _SENTENCE_LEADS:
            verb += 1
        if self.tokens[verb].norm in _PASSIVE_AUX:
            return None  # كما تم التنسيق مع الشرطة …، مضيفا: a passive names no one
        subject = subject_after(self.doc, first + 1, i)
        if subject is None or not self._may_be_subject(self.tokens[subject[0]]):
            return None  # وتحدث بنبرة حزينة … قائلا، اقترح عليه فلان …: no subject there
        if cue.gender == MASCULINE and self.tokens[subject[0]].norm.endswith("ه"):
            return None  # وكانت الوزارة قد أكملت …، مشيرا إلى: not the feminine noun
        return speaker_from_tokens(self.doc, subject[0], subject[1], cue.gender)

    def _verb_subject_named(self, first: int, i: int) -> Speaker | None:
        """A sentence that opens with a verb in و and a person right after it (وأشاد غارسيا،
        وقدم معز شكره، وعبر الدخيل عن …): that person, a name the tagger found there or the
        family name of a speaker or person named earlier — not a name further on in the
        clause the participle closes."""
        if first + 2 > i:
            return None
        verb, head = self.tokens[first], self.tokens[first + 1]
        if verb.kind != "word" or head.kind != "word" or not verb.norm.startswith("و"):
            return None
        if first in self.cues or verb.clitics is None or verb.clitics.article:
            return None
        person = self.person_at.get(head.start)
        if person is not None and person.end <= self.tokens[i].start:
            return _from_entity(person, "")
        for speaker in reversed(self.history):
            words = speaker.name.split()
            if len(words) > 1 and normalize_word(words[-1]) == head.norm:
                return speaker
        return None

    def _not_a_subject(self, head: Token) -> bool:
        """A word after a verb that cannot start its subject: a future verb (سيكون), a
        preposition with a pronoun (فيها) or a word with ب or ل (لوجود، لشبكة); not a person's
        name the tagger found (بدر)."""
        if head.clitics is not None and head.clitics.prefix[-1:] in ("س", "ب", "ل"):
            return True  # even where the tagger took it for a name (لشبكة سي. إن. إن.)
        if head.norm in _object_nouns():
            return True  # وأوضح أهمية المكانة …: the verb's object, its subject the last speaker
        if in_list(head, data.NAME_NOUNS):
            return True  # رافضا ذكر اسمه: the name he would not give
        if head.norm in _FAR_POINTERS:
            return True  # واعتبر ذلك خدمة قدمها: what he considered, not who
        if head.start in self.person_at:
            return False
        return not self._may_be_subject(head)  # فيها، بنبرة (read from the counts)

    @staticmethod
    def _may_be_subject(head: Token) -> bool:
        """Whether the word after a sentence's first verb can head its subject: not a word
        with a preposition (بنبرة، read from the clitics or, for a word they do not split, from
        the word without its ب or ل being the more frequent one) nor a preposition with a
        pronoun (عليه)."""
        if in_list(head, data.PREPOSITION_PRONOUNS):
            return False
        clitics = head.clitics
        if clitics is not None and clitics.prefix[-1:] in ("ب", "ل"):
            return False
        norm = head.norm
        if len(norm) > 3 and norm[0] in "بل":
            counts = word_counts()
            return counts.get(norm[1:], 0) <= counts.get(norm, 0)
        return True

    def _person_between(self, begin: int, end: int) -> Speaker | None:
        """A person named between the verb and its introducer, in the speaker's apposition or
        after a title (المدير العام للشركة المهندس صالح قدح أن …)."""
        for k in range(begin, end):
            if in_list(self.tokens[k], data.RELATIVES) or self.tokens[k].norm == "مع":
                end = k  # التي أسسها رجل الأعمال فلان، عقده مع الوزير فلان: not the speaker
                break
        if begin >= end:
            return None
        lo, hi = self.tokens[begin].start, self.tokens[end - 1].end
        for e in self.persons:
            if e.start >= hi:
                break
            if (
                e.start >= lo
                and e.end <= hi
                and not self._in_scare_quote(e)
                and not self._in_institution_name(e)
            ):
                return _from_entity(e, "")
        found = name_in(self.doc, begin, end) or titled_name(self.doc, begin, end)
        if found is None:
            return None
        return speaker_from_tokens(self.doc, found[0], found[1], "")

    def _in_institution_name(self, entity: Entity) -> bool:
        """مطار الملك خالد الدولي، جامعة الملك عبدالعزيز: a king or prince an institution is
        named after, not a person of the sentence."""
        k = self.token_at.get(entity.start)
        if k is None or k < 2:
            return False
        royal = self.tokens[k - 1].norm in _ROYAL_TITLES
        return royal and in_list(self.tokens[k - 2], data.INSTITUTION_NOUNS)

    def _in_scare_quote(self, entity: Entity) -> bool:
        return any(
            self.tokens[q.first].start <= entity.start < self.tokens[q.stop - 1].end
            for q in self.pairs.values()
        )

    def _is_dateline(self, s: int) -> bool:
        """A byline or dateline (عين اليوم – الرياض): short, with no full stop."""
        sentence = self.doc.sentences[s]
        last = self.tokens[sentence.token_end - 1]
        return sentence.token_end - sentence.token_start < 8 and last.text[0] not in ".!؟?"

    def _subject_person(self, first: int, hi: int) -> Speaker | None:
        """A tagged person that is the subject of a sentence opening with a verb that is no
        reporting word (طمأن عضو الشرف موسى الموسى): after the verb, and not itself opening
        with a reporting word (كما أشار صالحي) or standing first (وأبان بوخضور: the tagger took
        the verb in)."""
        opener = self.tokens[first]
        if opener.kind != "word" or _definite_word(opener) or first in self.cues:
            return None
        for e in self.persons:
            if self.tokens[first].end <= e.start < hi:
                k = self.token_at.get(e.start)
                if k is None or k in self.cues:
                    continue
                single = k + 1 >= len(self.tokens) or self.tokens[k + 1].start >= e.end
                known = "PER" in gazetteer.shipped().get(self.tokens[k].norm, ())
                if not single or known:  # not معه, a word the tagger took for a name
                    return _from_entity(e, "")
        return None

    def _after_lead(self, first: int, end: int) -> int:
        """The first word after a leading phrase set off by a comma (من جهة أخرى، …); a
        sentence that opens with a noun (الناشطة نبراس أحمد، أطلقت) has none."""
        opener = self.tokens[first]
        norm = opener.norm[1:] if opener.norm[:1] == "و" and len(opener.norm) > 2 else opener.norm
        if opener.kind != "word" or norm not in _LEAD_OPENERS:
            return first
        for k in range(first, min(end, first + LEAD_WORDS + 1)):
            if self.tokens[k].text in _COMMAS:
                return k + 1 if k + 1 < end else first
        return first

    def _topic_before(self, i: int, since: int = 0, tagged: bool = False) -> Speaker | None:
        """The person the text was last about: named early in a sentence that does not start
        with a reporting verb (عبر مدير الكرة فهد المفرج عن سعادته …), looking back to the
        character offset ``since``; with ``tagged``, only a person the tagger found counts."""
        s = self.sentence_of[i]
        while s >= 0:
            sentence = self.doc.sentences[s]
            if self.tokens[sentence.token_start].start < since:
                break
            first = self._after_lead(sentence.token_start, sentence.token_end)
            if first not in self.cues and not self._is_dateline(s):
                window_end = min(sentence.token_end, first + TOPIC_WINDOW)
                lo = self.tokens[first].start
                hi = min(self.tokens[window_end - 1].end, self.tokens[i].start)
                if tagged:
                    found_person = self._subject_person(first, hi)
                    if found_person is not None:
                        return found_person
                    s -= 1
                    continue
                for e in self.persons:
                    if lo <= e.start < hi:
                        return _from_entity(e, "")
                found = name_in(self.doc, first, window_end)
                if found is not None and self.tokens[found[0]].start < hi:
                    return speaker_from_tokens(self.doc, found[0], found[1], "")
                head = first + 1  # عبرت الصحفية … ذكرى العراسي عن سعادتها
                reach = min(sentence.token_end, window_end + MAX_TITLED_NAME_WORDS + 1)
                verb_first = self.tokens[first].kind == "word" and not _definite_word(
                    self.tokens[first]
                )  # a verb first, then its subject: not القيادة شديدة الغموض
                found = (
                    titled_name(self.doc, head, reach, after_comma=False) if verb_first else None
                )
                if (
                    found is not None
                    and found[0] < window_end
                    and self.tokens[found[1] - 1].end <= hi
                ):
                    person = speaker_from_tokens(self.doc, found[0], found[1], "")
                    self._learn_role(head, person)
                    return person
                if verb_first:
                    holder = self._titled_holder(first, min(sentence.token_end, i))
                    if holder is not None:
                        return holder
            s -= 1
        return None

    def _titled_holder(self, verb: int, end: int) -> Speaker | None:
        """The person a long title after a sentence's first verb leads to (استنكر القنصل العام
        للمملكة في لوس انجلوس السفير الدكتور فلان …): the first person the tagger found
        before any punctuation, complementizer or other verb."""
        stop = min(end, verb + 1 + TITLE_REACH)
        if verb + 1 >= stop or not self._is_title(verb + 1):
            return None
        for k in range(verb + 1, stop):
            token = self.tokens[k]
            if token.kind != "word" or k in self.cues or is_complementizer(token):
                return None
            person = self.person_at.get(token.start)
            if person is not None:
                return _from_entity(person, "")
        return None

    # -- what introduces the content ----------------------------------------------------
    def _introducer(self, cue: int, k: int, send: int, limit: int | None = None) -> _Content | None:
        """The content the verb at ``cue`` introduces, looking from token ``k`` on (up to
        ``limit`` when given) for its quotation mark, colon or أن."""
        tokens = self.tokens
        scan_end = min(send, limit) if limit is not None else send
        run = 0  # words since the last comma: an apposition is set off, a clause is not
        # a noun object came (على ضرورة، أهمية): only وأن opens content after it
        objects = _object_nouns()
        governed = any(t.norm in objects for t in tokens[cue + 1 : k])
        first = k
        while k < scan_end and k - cue <= MAX_INTRODUCER_DISTANCE:
            token = tokens[k]
            run = 0 if token.text in _COMMAS or token.kind != "word" else run + 1
            governed = governed or token.norm in objects
            if run > MAX_UNBROKEN_WORDS:
                return None
            pair = self.pairs.get(k)
            if pair is not None and k not in self.used:
                if tokens[k - 1].text != ":" and self._is_not_speech(pair, send):
                    k = (pair.closer or pair.stop) + 1
                    continue
                return _Content(pair.first, pair.stop, True, k, pair)
            if token.text == ":":
                after = self.pairs.get(k + 1)
                if after is not None and k + 1 not in self.used:
                    return _Content(after.first, after.stop, True, k, after)
                if k + 1 >= send:
                    return self._after_colon(k, send)
                return self._reported(k + 1, send, k)
            before = tokens[k - 1]
            owned = in_list(before, data.MODALS) or in_list(before, data.CONNECTIVES)
            # مصادر خاصة أن: خاصة right after the subject is its adjective, not "especially"
            owned = owned and not (
                k == first
                and first > cue + 2
                and before.norm == "خاصه"
                and not _definite_word(tokens[k - 2])
            )
            if is_complementizer(token) and owned:
                k += 1  # كتبت دليلا للأشياء التي يجب أن …: the modal's أن, not the verb's
                continue
            if governed and is_complementizer(token) and token.norm[:1] != "و":
                k += 1  # شدد على ضرورة أن …، أكد أهمية الأنشطة على أن …: the noun's أن
                continue
            if (
                is_complementizer(token)
                and not in_abbreviation(tokens, k)
                and k not in self.in_person  # لويس فان جال: a name, not فإن
            ):
                after = self.pairs.get(k + 1)
                if (
                    after is not None
                    and k + 1 not in self.used
                    and not (self._is_name(after) and self._continues_after(after, send))
                ):
                    return _Content(after.first, after.stop, True, k, after)
                return self._reported(k + 1 if is_bare_complementizer(token) else k, send, k)
            if k != cue and k in self.cues and not self._says_on(k):
                return None
            if token.text in _COMMAS and k + 1 < send and self._new_clause(tokens[k + 1]):
                return None
            if in_list(token, data.CLAUSE_BREAKERS):
                return None
            k += 1
        return None

    def _says_on(self, k: int) -> bool:
        """قائلا after the verb and its speaker goes on to the quotation (وبين فلان قائلا: «…»)."""
        cue = self.cues[k]  # …، وأردف يقول: «…»: so does an imperfect يقول
        imperfect = cue.present and k - 1 in self.cues
        return cue.lemma == "قال" and (cue.kind == "participle" or imperfect)

    def _is_not_speech(self, pair: Quoted, send: int) -> bool:
        """A quotation inside the speaker's apposition or the object: a title (بعنوان «…»),
        or a short one that the sentence runs on after (مجموعة "صوت وصورة" المناهضة)."""
        before = self.tokens[pair.opener - 1] if pair.opener > 0 else None
        if before is not None and before.kind == "word" and in_list(before, data.TITLE_WORDS):
            return True
        if pair.closer is None:
            return False
        nxt = pair.closer + 1
        if self._is_name(pair):
            return nxt < send and self.tokens[nxt].text[0] not in ar.SENTENCE_END
        return self._continues_after(pair, send) and any(
            is_complementizer(t) for t in self.tokens[nxt:send]
        )

    @staticmethod
    def _new_clause(token: Token) -> bool:
        """A word after a comma that starts a clause of its own (، وتشعر): not an apposition
        (، وهو باحث)."""
        clitics = token.clitics
        return (
            token.kind == "word"
            and clitics is not None
            and clitics.prefix[:1] == "و"
            and not clitics.article
            and not in_list(token, data.APPOSITION_HEADS)
            and "PER" not in gazetteer.shipped().get(clitics.stem, ())  # ، وعلي العطاس
            and "PER" not in gazetteer.shipped().get(token.norm, ())  # ، وليد: a name in و
        )

    def _after_colon(self, colon: int, send: int) -> _Content | None:
        """A colon that ends its sentence: the content is the next sentence (or its quote)."""
        if send >= len(self.tokens):
            return None
        pair = self.pairs.get(send)
        if pair is not None and send not in self.used:
            return _Content(pair.first, pair.stop, True, colon, pair)
        return self._reported(send, self._sentence_end(send), colon)

    def _continues_after(self, pair: Quoted, send: int) -> bool:
        if pair.closer is None:
            return False
        nxt = pair.closer + 1
        return nxt < send and self.tokens[nxt].kind == "word" and nxt not in self.cues

    def _reported(self, first: int, send: int, intro: int) -> _Content | None:
        """Reported content from ``first`` to the end of the sentence, or to the next
        statement inside it (…، مضيفا أن …؛ … في حين قال فلان إن …)."""
        send = self._past_a_broken_line(first, send)
        stop = send
        # بأنه قضى خمس سنوات …: the verb right after a pronoun complementizer is the content's
        own_verb = first + 1 if is_complementizer(self.tokens[first]) else -1
        # after أن the speaker's words are reported: a participle after a comma is the
        # writer's (…، مستبعدا أن …); after a colon they are his own and may go on with one
        reported = self.tokens[intro].text != ":"
        for k in range(first + 1, send):
            if k == own_verb:
                continue
            if k in self.cues and self._starts_statement(k, send) and not self._nested(k):
                stop = k
                break
            after_comma = self.tokens[k - 1].text in _COMMAS
            if after_comma and self._turns_to(k, send):
                stop = k  # …، من جهته، نفى فلان …: the text turns to another speaker
                break
            if after_comma and self._narration_resumes(k, send):
                stop = k  # …، حيث اعتمد سموه …: the writer tells what the speaker did
                break
            if after_comma and self._clause_after_comma(k, send):
                stop = k  # …، فيما تؤكد جهات …، وأشاد بالتعاون …، نقلا عن مصادر …
                break
            clause = in_list(self.tokens[k], data.CLAUSE_PARTICIPLES)
            participle = k in self.cues and self.cues[k].kind == "participle"
            shaped = reported and participle_shaped(self.tokens[k])
            if after_comma and (clause or participle or shaped):
                stop = k  # …، معربا عن …، محذرة من …: the statement is over
                break
            if (clause or participle) and self._accusative_clause(k):
                stop = k  # … داخل القاعدة مرجعا الأمر إلى …، … مصيرها داعيا الكتل …
                break
            if participle and self._introduces_here(k, send):
                stop = k  # … إلى البلاد للعلاج مشيرة إلى أن …: a statement of its own
                break
        stop = self._before_topic_lead(first, stop)
        while stop > first and self.tokens[stop - 1].text in _TRIM:
            stop -= 1
        if stop < send and self.tokens[stop].norm == _ISHARA and stop - 1 > first:
            stop -= 1  # … في | إشارة منه إلى أن …: في belongs to the next statement
        if stop > first and in_list(self.tokens[stop - 1], data.NEW_STATEMENT_BEFORE):
            stop -= 1  # في حين، بينما: they belong to the next statement
            while stop > first and self.tokens[stop - 1].text in _TRIM:
                stop -= 1
        if stop <= first:
            return None
        return _Content(first, stop, False, intro)

    def _past_a_broken_line(self, first: int, send: int) -> int:
        """مضيفاً أنه⏎ عند الساعة السادسة …: a line broken right after the complementizer (no
        word of content before the break) goes on in the next paragraph's first sentence."""
        tokens = self.tokens
        if send >= len(tokens) or send - first > 1:
            return send
        if send - first == 1 and not is_complementizer(tokens[first]):
            return send
        gap = self.doc.text[tokens[send - 1].end : tokens[send].start]
        return self._sentence_end(send) if "\n" in gap else send

    def _introduces_here(self, k: int, send: int) -> bool:
        """A participle with no comma before it (its feminine form, which `_accusative_clause`
        leaves to an adjective: شاحنة محملة) that a complementizer follows at once (مشيرة أن،
        مشيرة إلى أن) starts a statement; not one with the article or a word governing it."""
        token, before = self.tokens[k], self.tokens[k - 1]
        if before.kind != "word" or self._governs(k - 1) or token.norm.startswith("ال"):
            return False
        nxt = k + 1
        if nxt < send and self.tokens[nxt].norm in ("الي", "علي"):
            nxt += 1
        return nxt < send and is_complementizer(self.tokens[nxt])

    def _before_topic_lead(self, first: int, stop: int) -> int:
        """…، وحول اختلاف درجات الحرارة …، قال إن …: the clause between the last two commas
        before the next statement opens its topic; the content stops before it."""
        if (
            stop >= len(self.tokens)
            or stop - 1 <= first
            or self.tokens[stop - 1].text not in _COMMAS
        ):
            return stop
        for j in range(stop - 2, first, -1):
            if self.tokens[j].text in _COMMAS:
                return j if in_list(self.tokens[j + 1], data.TOPIC_LEADS) else stop
        return stop

    def _nested(self, k: int) -> bool:
        """A verb of saying inside reported content, in the middle of its clause (إنه خلال
        الاجتماع اتفق الوزيران على أن …): what the speaker reports others said, not a new
        statement — one after a comma, with و or ف, or after في حين / بينما is."""
        token, before = self.tokens[k], self.tokens[k - 1]
        if (
            k >= 2
            and before.text in _OPENING_MARKS
            and self.tokens[k - 2].kind == "word"
            and self.cues[k].kind == "verb"
        ):
            return True  # إن بلاتر "رأى أنه …": a quotation inside the content, not a statement
        if self.cues[k].kind != "verb" or token.norm[0] in "وف" or before.kind != "word":
            return False
        if (
            k >= 2
            and before.norm == "ان"
            and self.tokens[k - 2].norm in _SUBORDINATORS
            and self.tokens[k - 2].start >= self.tokens[self._sentence_start(k)].start
        ):
            return True  # … بعد أن أظهرت نتائج أولية أن …: a clause of the content
        if is_complementizer(before) or in_list(before, data.CLAUSE_BREAKERS):
            return False  # …، إلا أنه أشار إلى أن …: a new statement of the same speaker
        return not in_list(before, data.NEW_STATEMENT_BEFORE) and not _definite_word(before)

    def _turns_to(self, k: int, send: int) -> bool:
        """من جهته، / من جانبها،: the lead of a statement by someone else."""
        tokens = self.tokens
        return (
            k + 2 < send
            and tokens[k].norm in ("من", "ومن")
            and tokens[k + 1].norm in _TURN_SIDES
            and tokens[k + 2].text in _COMMAS
        )

    def _narration_resumes(self, k: int, send: int) -> bool:
        """حيث, a verb and an honorific that stands for the speaker (حيث اعتمد سموه); لكن
        and a reporting word negated (لكن لم يذكر أي تفاصيل): the writer on what was not said."""
        if k + 2 >= send:
            return False
        norm = self.tokens[k].norm
        if norm in ("لكن", "ولكن", "لكنه", "لكنها", "ولكنه", "ولكنها"):
            return self.tokens[k + 1].norm in ("لم", "لا", "دون") and k + 2 in self.cues
        if norm in ("دون", "ودون"):  # …، دون أن يوضح أكثر: the writer on what was not said
            return self.tokens[k + 1].norm == "ان" and k + 2 in self.cues
        if norm not in _HAYTHU:
            return False
        cue = self.cues.get(k + 1)
        subject = self.tokens[k + 2]
        if (
            cue is not None
            and cue.kind == "verb"
            and cue.present
            and (_definite_word(subject) or self._is_source(subject))
        ):
            return True  # …، حيث يقول الأطباء إن حالته حرجة: another source's statement
        return in_list(self.tokens[k + 2], data.HONORIFICS)

    def _clause_after_comma(self, k: int, send: int) -> bool:
        """After a comma inside content: a new clause with its own verb after فيما، بينما، في
        حين (…، فيما تؤكد جهات حكومية …), the writer's narration (…، وأشاد بالتعاون), or the
        source the content was taken from (…، نقلا عن مصادر طبية)."""
        tokens = self.tokens
        token = tokens[k]
        nxt = tokens[k + 1] if k + 1 < send else None
        if in_list(token, data.NARRATION_VERBS):
            if not in_list(token, data.NARRATION_WITH_AN):
                return True
            return nxt is not None and nxt.norm == "عن"  # not وعبر مخرجات الحوار: "through"
        if in_list(token, _AFTER_CONTENT_SOURCES):
            return True
        if nxt is not None and token.norm in _JAA and nxt.norm in _POINTERS:
            return True  # …، جاء ذلك في دورته التدريبية: the writer on where it was said
        if nxt is not None and token.norm == _WALLAH and in_list(nxt, data.CLOSING_FORMULAS):
            return True  # …، والله الهادي إلى سواء السبيل
        if token.norm == "اما" and any(
            j in self.cues and tokens[j].norm[:1] == "ف"
            for j in range(k + 2, min(send, k + AMMA_REACH))
        ):
            return True  # …، أما الثالث فقال: the next statement, by the one أما turns to
        if self._joined_verb(k):
            return True  # …، وحذرت اللجنة من …، وأرجع انخفاض …: the writer goes on
        if in_list(token, data.ACCORDING_TO) and (
            token.norm.endswith("ما")
            or (nxt is not None and (nxt.norm in ("ما", "لما") or nxt.text in _OPENING_MARKS))
        ):
            return True  # …، حسب ما نقل عنه الصحفي، حسب «رويترز»: the source of what was said
        return (
            in_list(token, data.NEW_STATEMENT_BEFORE)
            and k + 1 < send
            and (k + 1) in self.cues
            and self.cues[k + 1].kind == "verb"
        )

    def _governs(self, k: int) -> bool:
        """A preposition or a verb of being before a participle makes it a noun or a
        predicate (في مقدمة، كان معربا، ليس مؤكدا), not a clause of its own."""
        token = self.tokens[k]
        return in_list(token, data.SPEAKER_STOPS) or token.norm in _BEING

    def _starts_statement(self, k: int, send: int) -> bool:
        cue = self.cues[k]
        if cue.kind in ("passive", "saying") or not self._can_state(k):
            return False
        before = self.tokens[k - 1]
        if in_list(before, data.RELATIVES) and self._own_subject(before, cue):
            return False  # تعز، التي يتوقع كثيرون أن …: a clause on a noun of the content
        if k + 1 in self.pairs:
            return True  # وزاد "…"
        window = self.tokens[k + 1 : min(send, k + NEAR_INTRODUCER)]
        return any(is_complementizer(t) or t.text == ":" for t in window)

    # -- attribution: وفقا لما أفاد به ناشطون، بحسب مصادر محلية ------------------------------
    def _source_after(self, i: int, send: int) -> tuple[Speaker, int, bool] | None:
        """The source named after the attribution word at ``i``: the speaker, the index after
        it, and whether a verb of saying stood between (لما أفاد به)."""
        tokens = self.tokens
        k = i + 1
        had_verb = in_list(tokens[i], ("حسبما", "بحسبما", "وحسبما"))
        while k < send and (
            in_list(tokens[k], data.ACCORDING_FILLERS)
            or tokens[k].norm in ("ل", "لـ")
            or k in self.cues
        ):
            had_verb = had_verb or k in self.cues or len(tokens[k].norm) > 3
            k += 1
        name = self.pairs.get(k)
        if name is not None and self._is_name(name):
            speaker = speaker_from_tokens(self.doc, name.first, name.stop, "")
            return speaker, (name.closer or name.stop) + 1, True  # وفقا لـ"المصري اليوم"
        subject = subject_after(self.doc, k, send)
        if subject is None:
            return None
        head = tokens[subject[0]]
        issuer = self._issuer(subject, send)
        if issuer is not None:  # وفقا لتقرير صادر عن فلان، وفقا لتصريح من الشركة
            speaker = speaker_from_tokens(self.doc, issuer[0], issuer[1], "")
            return speaker, issuer[1], True
        speaker = speaker_from_tokens(self.doc, subject[0], subject[1], "")
        speaker = self._strip_preposition(speaker, head)
        if speaker.ref.entity_id is None and self._is_title(subject[0]):
            # وحسب الناطق الإعلامي لشرطة منطقة مكة المكرمة العقيد فلان، فقد …: its holder
            holder = self._titled_holder(subject[0] - 1, send)
            if holder is not None:
                past = bisect_left(self.starts, holder.ref.end)
                return holder, past, had_verb or self._is_source(head)
        return speaker, subject[1], had_verb or self._is_source(head)

    def _issued_by(self, subject: tuple[int, int] | None, send: int) -> tuple[int, int] | None:
        """The body after صادر عن that ends a verb's subject (الأرقام الصادرة عن الهيئة)."""
        if subject is None or subject[1] + 1 >= send:
            return None
        if not in_list(self.tokens[subject[1] - 1], data.ISSUED_BY):
            return None
        if self.tokens[subject[1]].norm != "عن":
            return None
        return subject_after(self.doc, subject[1] + 1, send)

    def _issuer(self, subject: tuple[int, int], send: int) -> tuple[int, int] | None:
        """The source behind a report or a statement named as a source: the noun phrase after
        عن in تقرير صادر عن فلان, or after من/عن in تصريح من الشركة."""
        tokens = self.tokens
        end = subject[1]
        last = tokens[end - 1]
        while end < send and in_list(tokens[end], data.DAY_WORDS):
            end += 1  # بيان صادر أمس عن …
        if end >= send or tokens[end].norm not in ("عن", "من"):
            return None
        issued = in_list(last, data.ISSUED_BY) and tokens[end].norm == "عن"
        if not issued and (end - subject[0] != 1 or not self._is_source(tokens[subject[0]])):
            return None
        return subject_after(self.doc, end + 1, send)

    def _according(self, i: int) -> None:
        tokens = self.tokens
        send = self._sentence_end(i)
        found = self._source_after(i, send)
        if found is None:
            return
        speaker, after, is_source = found
        head = bisect_right(self.starts, speaker.ref.start) - 1
        if in_list(tokens[head], data.RULES_NOT_SOURCES):
            return  # وطبقا للقرار الوزاري تم …: what a rule lays down, not what a source said
        if is_anaphoric(speaker) and self.history:
            speaker.name = self.history[-1].name  # بحسب ما أكد الأخير
        begin = self._sentence_start(i)
        leading = [t for t in tokens[begin:i] if t.kind == "word"]
        if not leading:
            # وبحسب المعلومات الأمنية فإن …: a source first, whatever it is
            content = self._after_source(after, send)
        else:
            closes = after >= send or tokens[after].text[0] in ar.SENTENCE_END
            set_off = tokens[i - 1].text in _COMMAS or tokens[i].norm[-2:] == "ما"
            if not is_source or not (set_off or closes):
                return
            rest = self._claim_goes_on(i, after, send)
            if rest is not None:
                # قدمت طهران، وبحسب وكالة الأنباء، مبادرة …: the claim is the whole sentence
                content = _Content(begin, rest.stop, False, i)
            else:
                content = self._reported(begin, i, i)
        if content is None or content.first < self.covered:
            return
        self._emit(content, i, speaker)
        self.covered = max(self.covered, after)

    def _claim_goes_on(self, i: int, after: int, send: int) -> _Content | None:
        """The rest of a claim that an attribution set off by commas interrupts (… طهران،
        وبحسب الوكالة، مبادرة من أربع نقاط …): not a second source (، ومجموعة …) nor a clause
        of its own (، موضحة أن …) after the second comma."""
        tokens = self.tokens
        if tokens[i - 1].text not in _COMMAS or after + 1 >= send:
            return None
        if tokens[after].text not in _COMMAS:
            return None
        nxt = tokens[after + 1]
        clitics = nxt.clitics
        if nxt.kind != "word" or after + 1 in self.cues or in_list(nxt, data.CLAUSE_PARTICIPLES):
            return None
        if nxt.norm[:1] in "وف" and (clitics is None or clitics.prefix[:1] in "وف"):
            return None
        rest = self._reported(after + 1, send, i)
        if (
            rest is None
            or sum(t.kind == "word" for t in tokens[after : rest.stop]) < MIN_CLAIM_AFTER
        ):
            return None
        return rest

    def _is_source(self, head: Token) -> bool:
        if set(head.match_forms) & word_set(data.NOMINAL_SOURCES):
            return True
        return any(
            e.type in ("PER", "ORG") and e.start <= head.start < e.end for e in self.doc.entities
        )

    def _strip_preposition(self, speaker: Speaker, head: Token) -> Speaker:
        """``لمصادر محلية`` names the source ``مصادر محلية``: the ل is not part of it."""
        ref = speaker.ref
        if head.clitics is not None and head.clitics.prefix[-1:] == "ل" and ref.start == head.start:
            article = head.clitics.article and head.norm.startswith("لل")
            start = ref.start + (2 if article else 1)
            speaker.ref = Ref(start, ref.end, self.doc.text[start : ref.end], ref.entity_id)
            speaker.name = ("ال" if article else "") + speaker.ref.text
        return speaker

    def _after_source(self, k: int, send: int) -> _Content | None:
        for m in range(k, send):
            if self.tokens[m].norm in ("فان", "فانه", "فانها", "فانهم"):
                pair = self.pairs.get(m + 1)
                if pair is not None and m + 1 not in self.used:
                    return _Content(pair.first, pair.stop, True, m, pair)  # فإنه "لا يمكن …"
                bare = self.tokens[m].norm == "فان"
                return self._reported(m + 1 if bare else m, send, m)
            if self.tokens[m].text in _COMMAS:
                return self._reported(m + 1, send, m)
        return None

    def _and_that(self, i: int) -> None:
        """A sentence that opens with وأن/وأنه right after reported content that ran to the
        end of the sentence before: more of the same statement, by the same speaker."""
        if i != self._sentence_start(i) or i == 0 or not self.quotes or not self.history:
            return
        last = self.quotes[-1]
        previous_end = self.tokens[i - 1].end
        if last.direct or last.end < self.tokens[self._sentence_start(i - 1)].start:
            return
        if self.doc.text[last.end : previous_end].strip(" .،,؛;") != "":
            return  # the statement before ended earlier in its sentence
        token = self.tokens[i]
        first = i + 1 if is_bare_complementizer(token) else i
        content = self._reported(first, self._statement_end(i), i)
        if content is not None:
            if first == i:
                content = replace(content, lead=1)  # وأنه: the pronoun form stays, not the و
            self._emit(content, None, self.history[-1])

    # -- a quotation no reporting word introduced ----------------------------------------
    def _unintroduced(self, pair: Quoted) -> None:
        """A quotation followed by its source ("…"، قال الوزير / «…»، بحسب البيان), or a
        paragraph that is one long quotation after a paragraph of quotes (the speaker goes on)."""
        after = pair.closer + 1 if pair.closer is not None else pair.stop
        send = self._sentence_end(pair.closer if pair.closer is not None else pair.opener)
        k = after
        while k < send and self.tokens[k].text in _COMMAS:
            k += 1
        content = _Content(pair.first, pair.stop, True, pair.opener, pair)
        if self._is_name(pair) and pair.opener > 0 and self.tokens[pair.opener - 1].kind == "word":
            return  # في محاربة «داعش»، مشيرا …: a name inside the sentence, not a quotation
        if k < send and k in self.cues and self._starts_statement(k, send):
            return  # «…»، مشيرا إلى أن …: the verb after it has content of its own
        if k < send and k in self.cues and self.cues[k].kind != "passive":
            cue = self.cues[k]
            subject = subject_after(self.doc, k + 1, send) if cue.kind == "verb" else None
            self._emit(content, k, self._speaker(k, cue, subject, False))
            self.covered = max(self.covered, subject[1] if subject else k + 1)
            return
        if k < send and in_list(self.tokens[k], data.ACCORDING_TO) and not self._is_name(pair):
            found = self._source_after(k, send)
            if found is not None:
                self._emit(content, k, found[0])
                self.covered = max(self.covered, found[1])
            return
        if pair.words >= data.STANDALONE_QUOTE_MIN_WORDS and self._goes_on(pair):
            self._emit(content, None, self.history[-1])

    def _goes_on(self, pair: Quoted) -> bool:
        """Whether ``pair`` opens its paragraph right after a paragraph that ended in a quote."""
        p = self._paragraph(pair.opener)
        first = next((s.token_start for s in self.doc.sentences if s.paragraph == p), pair.opener)
        if pair.opener != first or not self.quotes or not self.history:
            return False
        last = self.quotes[-1]
        last_paragraph = self.doc.paragraphs[p - 1] if p > 0 else None
        return last_paragraph is not None and last.end >= last_paragraph.start

    # -- output -------------------------------------------------------------------------
    def _emit(
        self, content: _Content, cue: int | None, speaker: Speaker | None, remember: bool = True
    ) -> None:
        tokens = self.tokens
        start, end = tokens[content.first].start + content.lead, tokens[content.stop - 1].end
        if content.pair is not None:
            self.used.add(content.pair.opener)
            last = content.pair.closer if content.pair.closer is not None else content.pair.stop
            self.covered = max(self.covered, last + 1)
        else:
            self.covered = max(self.covered, content.stop)
        cue_span = None
        if cue is not None:
            cue_span = self.doc.span(tokens[cue].start, tokens[cue].end)
        self.quotes.append(
            Quote(
                start=start,
                end=end,
                text=self.doc.text[start:end],
                direct=content.direct,
                cue=cue_span,
                speaker=speaker.ref if speaker else None,
                speaker_name=speaker.name if speaker else None,
            )
        )
        if speaker is not None and remember:
            self.history.append(speaker)


def _agrees(speaker: Speaker, cue: CueForm) -> bool:
    """Whether a verb's subject can go on with a participle of ``cue``'s gender: not a
    masculine subject with a feminine participle, nor the other way."""
    return {speaker.gender, cue.gender} != {MASCULINE, FEMININE}


@cache
def _object_nouns() -> frozenset[str]:
    """The noun objects in matching form, bare and with a preposition or و (بضرورة، وأهمية)."""
    bare = word_set(data.OBJECT_NOUNS)
    return frozenset(p + w for w in bare for p in ("", "ب", "ل", "و", "وب", "ول", "ف"))


def _definite_word(token: Token) -> bool:
    return token.norm.startswith("ال") or (token.clitics is not None and token.clitics.article)


def _from_entity(entity: Entity, gender: str) -> Speaker:
    ref = Ref(entity.start, entity.end, entity.text, entity.entity_id)
    return Speaker(ref, entity.text, gender)


class QuoteFinder(Stage):
    """Direct quotes and reported speech, each with its cue, speaker and speaker's name."""

    name = "quotes"
    needs = frozenset({"tokens", "sentences", "paragraphs", "entities"})
    provides = frozenset({"quotes"})

    def __call__(self, doc: Document) -> Document:
        doc.quotes = _Article(doc).run() if doc.tokens else []
        if doc.tokens and doc.paragraphs:
            doc.quotes = _with_answers(doc, doc.quotes)
        return doc


def _with_answers(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """The quotes with an interview's answers in place of what was found inside them."""
    found = interviews.answers(doc)
    if not found:
        return quotes
    first = found[0].start
    persons = {e.entity_id for e in doc.entities if e.type == "PER"}
    lead = [
        Speaker(q.speaker, q.speaker_name, "")
        for q in quotes
        if q.end <= first and q.speaker is not None and q.speaker_name
    ]
    # the lead usually quotes the interviewee: a person the tagger knows first
    named = [s for s in lead if s.ref.entity_id in persons]
    candidates = named or lead
    quoted = candidates[-1] if candidates else None
    who = interviews.interviewee(doc, first, quoted)
    if who is not None and who.ref.entity_id is None:
        same = next((e for e in doc.entities if e.type == "PER" and e.text == who.name), None)
        if same is not None:  # the name after مع is the person the tagger found elsewhere
            who.ref = Ref(who.ref.start, who.ref.end, who.ref.text, same.entity_id)
    kept = [q for q in quotes if not any(a.start <= q.start < a.end for a in found)]
    for a in found:
        kept.append(
            Quote(
                start=a.start,
                end=a.end,
                text=doc.text[a.start : a.end],
                direct=True,
                speaker=who.ref if who else None,
                speaker_name=who.name if who else None,
            )
        )
    return sorted(kept, key=lambda q: q.start)
