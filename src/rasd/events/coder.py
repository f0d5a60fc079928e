"""Find events in a document: triggers, then who did it, to whom, where and when.

Sentence by sentence, each word token is looked up in the trigger table through every form the
clitic layer gives (``Token.match_forms``). A trigger after a negation (``لم ينسحب``, ``لن``,
``عدم``) makes no event: PLOVER codes what happened, and readers of the contract that do not
know an extra field must not count it. A future (``ستقدم``, ``سوف``), a possibility
(``قد يؤجج``), a plan (``يعتزم``) or a condition (``إذا``) is kept, with ``status`` saying so.

Arguments are spans, not guesses (``rasd.events.arguments`` says how actor and target are
chosen). The place is the place of the places layer nearest the trigger in its sentence, the
date the nearest date of the dates layer in the sentence, else the publication date.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from rasd.document import DateMention, Document, Event, Place, Ref, Sentence, Span, Token
from rasd.events import actors
from rasd.events.arguments import Arguments, Candidate, nisba
from rasd.events.triggers import NONE, Rule, TriggerTable
from rasd.events.vocabulary import (
    ABSTRACT_OBJECTS,
    ACCIDENTS,
    ADDING,
    ANIMALS,
    APPROXIMATORS,
    CAMPAIGN,
    CASUALTY_VERBS,
    CAUSED,
    CAUSES,
    CLAUSE_PUNCT,
    COMPLEMENTIZERS,
    CONDITIONAL,
    COURTS,
    DENIALS,
    DISEASES,
    DONE_BY,
    FUTURE,
    GIVEN,
    GOD_WORDS,
    HEADS,
    HONORIFICS,
    HOSTED,
    IMPERFECT,
    KANA,
    LEADS_TO,
    MODALS,
    NATURE,
    NEEDS_NEXT,
    NEGATORS,
    NOT_AFTER,
    NOT_NEXT,
    NOT_PREVIOUS,
    NOT_WITHIN,
    NOT_WITHIN_BEFORE,
    NOUN_CONTEXT,
    OBJECT_SUFFIXES,
    OFFICIALS,
    PARTICIPLES,
    PARTY_WORDS,
    PLANNED,
    POSSIBLE,
    PRAISE,
    PREPOSITIONS,
    REFERENCE_WORDS,
    RELATIVES,
    RESPONSIBILITY,
    SKIPPABLE,
    SPEAKERS,
    SPORTS_DENSITY,
    SPORTS_FORMS,
    SUBJUNCTIVE_KANA,
    TAG_LINE,
    TITLES,
    TO_PREPS,
    VERBAL_ATTACK,
    WITH_TYPES,
    bare,
    conj,
    norm_set,
)
from rasd.lang.ar import SENTENCE_END
from rasd.spans import index_of
from rasd.text.normalize import normalize_word

# a court's sentence falls on whom: حكم … بالسجن على فلان; a call comes from its caller
SENTENCES = norm_set("حكم", "قضى")
# Types whose imperfect after a relative describes a group rather than reports an event (measured:
# for every type, dev and held out lose events the gold codes).
DESCRIBED_TYPES = frozenset({"ASSAULT", "REJECT"})
ON = norm_set("على")
ATTACK_NOUNS = norm_set(
    "هجوم",
    "هجمات",
    "تفجير",
    "تفجيرات",
    "قصف",
    "غارة",
    "غارات",
    "اشتباكات",
    "مواجهات",
    "معارك",
    "عملية",
)
# … and protest nouns: المظاهرات named again in an article about them
NAMED_AGAIN = ATTACK_NOUNS | norm_set("مظاهرات", "تظاهرات", "احتجاجات", "مظاهرة", "تظاهرة")
FROM = norm_set("من")
# قتل … في هجوم, قتلوا خلال اشتباكات: the attack noun of a killing told before it
IN_ATTACK = norm_set("في", "خلال", "جراء", "إثر", "اثر")
KILLINGS = norm_set("قتل", "مقتل", "مصرع", "اغتال", "أودى")
SINCE = norm_set("منذ")
INVITATION = normalize_word("دعوة")
BLOW = normalize_word("ضرب")
SUBJUNCTIVE_AN = norm_set("أن", "وأن", "لأن")
ATTACK_MASDARS = norm_set("استهداف", "تفجير", "اقتحام", "ترويع", "إرهاب")
ADDED = norm_set("أضاف", "أضافت", "قال", "قالت", "ذكر", "ذكرت", "أوضح", "أوضحت", "أفاد", "أفادت")
DEEDS = norm_set("عمل", "اعتداء", "حادث", "جريمة", "عملية")  # هذا العمل الإرهابي
AS_IF = norm_set("كأنما", "وكأنما", "فكأنما")  # not كأن: it reads as كان
ARRIVE = normalize_word("وصل")
THANKS_WORD = norm_set("شكرا", "شكراً")
# قبل الحرب التي شنتها, منذ الهجوم الذي نفذه: a time named by an event
NAMED_BEFORE = norm_set("قبل", "منذ", "حتى", "أعقاب", "إثر", "اثر", "عقب")
COMMEND = norm_set("نوّه", "منوها", "منوهة")  # praise only with ب: نوه بجهود
DIRECT = norm_set("وجه", "وجهت", "يوجه")
# وجه الشكر, وجه رسالة, وجه ضربة: what is sent or dealt, no direction
NOT_DIRECTED = norm_set(
    "الشكر",
    "شكره",
    "شكرها",
    "شكر",
    "دعوة",
    "الدعوة",
    "رسالة",
    "الرسالة",
    "كلمة",
    "انتقادات",
    "انتقادا",
    "اتهامات",
    "ضربة",
    "ضربات",
    "سؤالا",
    "أسئلة",
    "نداء",
    "التهنئة",
    "تهنئة",
    "التحية",
    "بطاقة",
    "الدعوات",
    "دعوات",
)
# وردا على مقتل: an answer to what was told; مقتل هذين الشرطيين: the one told
RESPONSE = norm_set("ردا", "رداً")
# يحرضون على تفجير المساجد: what is urged, not done
INCITE = norm_set("يحرض", "يحرضون", "تحرض", "حرض", "حرضت", "التحريض", "تحريض", "يحثون")
DEMONSTRATIVES = norm_set("هذا", "هذه", "هذين", "هذان", "هاتين", "هاتان", "هؤلاء", "ذلك", "تلك")
# تحرير المدن من سيطرة داعش, المناطق الخارجة عن سيطرة النظام: a state, not a seizure
OUT_OF = norm_set("من", "عن")
CALL = normalize_word("دعا")
LET = norm_set("دعوه", "دعوهم", "دعوها", "دعوني")  # دعوه يقول: let him say
KILL = normalize_word("قتل")
DEATH = normalize_word("مقتل")
SURPRISE = normalize_word("فاجأ")
CONTROL = normalize_word("سيطرة")
VERBAL = frozenset(
    {"ACCUSE", "SUPPORT", "REQUEST", "AGREE", "CONSULT", "REJECT", "THREATEN", "PROTEST"}
)

# how many words before a name a title may stand (محافظ حفر الباطن رئيس اللجنة … العطيشان)
TITLE_REACH = 14
OFFICE_TITLES = OFFICIALS - norm_set("الأستاذ", "أحد")  # الأستاذ عمر الجاسر: no office
S = TypeVar("S", bound=Span)
OBJECT_WINDOW = 9


@dataclass(slots=True)
class Hit:
    i: int
    rule: Rule
    form: str
    status: str | None
    consumed: tuple[int, ...]
    phrase: int | None = None  # قتل … في هجوم شنه مسلحو: the attack noun that names it


def _forms(token: Token) -> set[str]:
    return set(token.match_forms) | {bare(token)}


class Coder:
    """Codes the events of documents with one trigger table."""

    def __init__(self, table: TriggerTable) -> None:
        self.table = table
        self._told = False  # whether the article has told an attack before this sentence
        self._just_told = False

    def __call__(self, doc: Document) -> list[Event]:
        events: list[Event] = []
        # a demonym (الأراضي التركية) names who, not where: it is never an event's place
        toponyms = [p for p in doc.places if p.kind != "demonym"]
        titled = _titled_names(doc)
        for si, sentence in enumerate(doc.sentences):
            tokens = doc.sentence_tokens(sentence)
            first = next((t for t in tokens if t.kind == "word"), None)
            if first is not None and first.norm in TAG_LINE:
                continue  # سمات …: the site's tags, no sentence
            pending: list[Event] = []
            self._told = any(e.type == "ASSAULT" for e in events)
            # an attack just told, and a sentence with no time of its own to tell another
            dated = bool(index_of(doc.dates).within(sentence.start, sentence.end))
            self._just_told = not dated and any(
                e.type == "ASSAULT" and e.sentence is not None and si - e.sentence <= 1
                for e in events
            )
            found = self._sentence(doc, si, tokens, toponyms, titled, pending)
            if found and events and events[-1].sentence == si - 1:
                self._carry(tokens, found[0], events[-1])
            if found and si > 0:
                self._speaker_goes_on(doc, tokens, found[0], doc.sentences[si - 1])
            for event in pending:  # ونوه بما تقوم به الجمعية: praise by the one told before
                if event.actor is None or not _official_text(event.actor.text, titled):
                    found.remove(event)
            events.extend(found)
        if events and _sports(doc.tokens):
            return []  # a match report: its اتفق, اجتماع, يدين are the game's
        return _told_again(doc, events)

    def _opens(self, tokens: Sequence[Token], i: int, form: str) -> bool:
        """Whether token ``i`` is its sentence's first word, with و or ف (``ونوه``, which
        the clitic layer may leave whole)."""
        first = next((k for k, t in enumerate(tokens) if t.kind == "word"), -1)
        norm = tokens[i].norm
        joined = norm[:1] in ("و", "ف") and norm[1:].startswith(form)
        return first == i and (conj(tokens[i]) or joined)

    def _carry(self, tokens: Sequence[Token], event: Event, before: Event) -> None:
        """A sentence that opens with a verb joined by و/ف and names no actor continues the
        previous sentence (``… طائرات التحالف شنت غارات. واستهدفت مواقع …``): the actor of
        the last event told there is this one's too."""
        words = [t for t in tokens if t.kind == "word"][:1]
        opens = bool(words) and words[0].start <= event.trigger.start < words[0].end
        joined = opens and (conj(words[0]) or event.trigger.start > words[0].start)
        if event.actor is None and before.actor is not None and joined:
            event.actor = before.actor
            event.actor_country, event.actor_role = before.actor_country, before.actor_role

    def _speaker_goes_on(
        self, doc: Document, tokens: Sequence[Token], event: Event, before: Sentence
    ) -> None:
        """A sentence that opens with a participle or a verb joined by و and names no actor
        goes on from the speaker of the statement just before (``وقال الأمين العام فلان إن
        … . متهما الميليشيات``، ``وأوضح المتحدث فلان أن … . ودعا جميع المستفيدين``)."""
        if event.actor is not None:
            return
        words = [t for t in tokens if t.kind == "word"][:1]
        if not words or not (words[0].start <= event.trigger.start < words[0].end):
            return
        joined = conj(words[0]) or event.trigger.start > words[0].start  # ودعا: و left whole
        if not (joined or bare(words[0]) in PARTICIPLES):
            return
        said = [q for q in doc.quotes if before.start <= q.start and q.end <= words[0].start]
        if said and said[-1].speaker is not None:
            event.actor = said[-1].speaker

    # -- triggers -------------------------------------------------------------------------

    def _triggers(self, tokens: Sequence[Token], named: set[int] | None = None) -> list[Hit]:
        """The trigger hits of a sentence; ``named`` collects the event nouns that name an
        event without reporting it (``من سيطرة داعش``): no actor, no group runs over them."""
        hits: list[Hit] = []
        consumed: set[int] = set()
        merged: set[int] = set()
        named = set() if named is None else named
        for i, token in enumerate(tokens):
            if token.kind != "word" or i in consumed:
                continue
            found = self._match(tokens, i)
            if found is None:
                continue
            rule, form, objects = found
            if rule.type == NONE or self._negated(tokens, i) or self._denied(tokens, i, rule):
                continue
            if rule.kind == "noun" and self._known(tokens, i, rule):
                named.add(i)
                continue  # لكن الاعتداء الذي نفذ في سوروتش: the attack the reader knows
            if rule.kind == "noun" and self._reference(tokens, i):
                named.add(i)
                continue
            if rule.type == "CONSULT" and form.startswith("اتصال") and not self._party(tokens, i):
                continue  # قال في اتصال هاتفي: an interview, not a meeting
            if self._subjunctive(tokens, i, form, rule):
                continue  # وأن يرفض بعضهم القيام بالدور: what may or should be, not what is
            subject = None
            if rule.type == "ASSAULT" and rule.kind == "verb":
                subject = self._retold(tokens, i, named)
            if subject is not None:
                before = [h for h in hits if h.rule.type == "ASSAULT" and h.i != subject]
                if self._told or before:  # قال مسؤولون إن الهجوم الانتحاري قتل خمسة
                    hits = [h for h in hits if h.i != subject]  # the noun goes with it
                    named.add(subject)
                    continue
            if rule.type == "ASSAULT" and self._just_told and self._reported(tokens, i):
                continue  # وأضافت الوكالة إن مقاتلين هاجموا: the attack just told, in detail
            if rule.type == "ASSAULT" and rule.kind == "verb" and self._masdar(tokens, i):
                continue  # إن استهداف بيوت الله وقتل المصلين: a masdar, what is condemned
            if rule.type in DESCRIBED_TYPES and self._described(tokens, i, form, rule):
                continue  # الذي يقصف التنظيم، الذي يرفض سلطة المحكمة: what one does, not did
            if self._figurative(tokens, i, rule) or self._other_sense(tokens, i, rule):
                if rule.kind == "noun" and rule.lemma != INVITATION:
                    named.add(i)  # وزارة الشؤون الإسلامية والدعوة: a word of a name, free
                continue
            rule = self._court(tokens, i, rule)
            if rule.kind == "noun" and hits and self._after_verb(tokens, hits[-1].i, i):
                continue  # استهدف القصف, شن حملة قصف: the verb's own subject or object
            if rule.kind == "noun" and hits and self._requested(tokens, hits[-1], i):
                named.add(i)
                continue  # مطالبا الجميع بالوقوف إلى جانب: what is asked for, not done
            if rule.kind == "noun" and self._result(tokens, hits, i, rule):
                continue  # قصف الثوار الموقع ما أدى إلى مقتل تسعة: the attack's toll
            if rule.kind == "noun" and hits and self._judged(tokens, hits[-1], i):
                continue  # دانت الجزائر بشدة أمس التفجير: the attack is told elsewhere
            if self._named_killing(tokens, named, i, rule):
                named.add(i)
                continue  # في أعقاب مقتل ستة أشخاص في مواجهات: the clashes named with it
            killing = self._same_attack(tokens, hits, i, rule)
            if killing is not None:
                killing.phrase = i  # قتل تسعة جنود في هجوم: the killing's attack, one event
                named.add(i)
                merged.add(i)
                continue
            if rule.kind == "verb" and self._of_named(tokens, i, form):
                continue  # قبل الحرب التي شنتها المليشيات: what the named war was
            if rule.type == "ASSAULT" and self._done_by_named(tokens, merged, i):
                continue  # في هجوم شنه مسلحو: the verb of the attack named
            consumed.update(objects)
            if rule.lemma == ARRIVE:
                objects = ()  # وصل وزير الخارجية: the word it needs is its subject, free
            hits.append(Hit(i, rule, form, self._status(tokens, i, form, rule), objects))
        hits = [h for h in hits if h.i not in consumed or h.i in h.consumed]
        return [h for n, h in enumerate(hits) if not self._subject_of_next(tokens, hits, n)]

    def _subject_of_next(self, tokens: Sequence[Token], hits: list[Hit], n: int) -> bool:
        """``قصف مدفعي استهدف الأحياء``: a noun that is the subject of the verb trigger of its
        type right after it (an adjective between at most) is that verb's event."""
        if n + 1 >= len(hits):
            return False
        verb_form = hits[n + 1].form  # عن هجومين شنهما: the verb takes the noun up
        resumed = _object(tokens[hits[n + 1].i], verb_form) or verb_form.endswith(
            OBJECT_SUFFIXES[1:4]
        )
        behind = self._prev_word(tokens, hits[n].i) in PREPOSITIONS
        if behind and not resumed:
            return False  # من سيطرة مسلحي التنظيم اقتحمت القوات: a noun behind a preposition
        verb, nxt = hits[n + 1], tokens[hits[n].i + 1 : hits[n].i + 2]
        # قصف is a verb and a noun: an adjective after it (قصف مدفعي) says noun
        if hits[n].rule.kind != "noun" and not (nxt and nxt[0].kind == "word" and nisba(nxt[0])):
            return False
        if verb.rule.kind != "verb" or verb.rule.type != hits[n].rule.type:
            return False
        between = tokens[hits[n].i + 1 : verb.i]
        return (
            len(between) <= 2
            and all(t.kind == "word" and not conj(t) for t in between)
            and (not conj(tokens[verb.i]))
        )

    def _result(self, tokens: Sequence[Token], hits: list[Hit], i: int, rule: Rule) -> bool:
        """An attack noun after ``أدى إلى``, ``تسبب في`` when the sentence has told an attack
        before it: the toll of that attack, not another one."""
        if rule.type != "ASSAULT" or not any(h.rule.type == "ASSAULT" for h in hits):
            return False
        words = [bare(t) for t in tokens[max(0, i - 4) : i] if t.kind == "word"]
        return any(w in LEADS_TO or w in CAUSED for w in words)

    def _same_attack(
        self, tokens: Sequence[Token], hits: list[Hit], i: int, rule: Rule
    ) -> Hit | None:
        """An attack noun behind في, خلال, جراء, إثر after a killing or an attack of its clause
        (``قتل تسعة جنود في هجوم شنه مسلحو``, ``قتل ثلاثة في اشتباكات بين``; one comma may
        stand between): the attack in which they were killed, one event with it."""
        if rule.type != "ASSAULT" or rule.lemma not in ATTACK_NOUNS:
            return None
        if self._prev_word(tokens, i) not in IN_ATTACK and not self._in_series(tokens, i):
            return None
        for hit in reversed(hits):
            between = [t.text for t in tokens[hit.i + 1 : i] if t.text in CLAUSE_PUNCT]
            if len(between) > 1 or any(p not in ",،" for p in between) or i - hit.i > 20:
                return None  # …، في هجوم جديد: one comma may stand between
            if hit.rule.type == "ASSAULT" and hit.rule.lemma in KILLINGS:
                return hit
        return None

    def _known(self, tokens: Sequence[Token], i: int, rule: Rule) -> bool:
        """A definite attack noun that a relative clause describes (``الاعتداء الذي نفذ في
        سوروتش وأوقع``): an attack known to the reader, named; the verb of the clause, if a
        trigger, tells it."""
        if rule.type != "ASSAULT" or not _definite(tokens[i]):
            return False
        words = [t for t in tokens[i + 1 : i + 4] if t.kind == "word"]
        for token in words:
            if token.norm in RELATIVES:
                return True
            if not (_definite(token) and nisba(token)):
                return False  # الهجوم الإرهابي الذي: adjectives may stand between
        return False

    def _in_series(self, tokens: Sequence[Token], i: int) -> bool:
        """``في موجة من الهجمات``, ``خلال سلسلة من الغارات``: the attacks behind a series."""
        before = [t.norm for t in tokens[max(0, i - 4) : i] if t.kind == "word"]
        return (
            len(before) >= 3
            and before[-1] == "من"
            and before[-2] in CAMPAIGN
            and (before[-3] in IN_ATTACK)
        )

    def _named_killing(self, tokens: Sequence[Token], named: set[int], i: int, rule: Rule) -> bool:
        """The attack noun behind في of a killing that is named, not told (``في أعقاب مقتل
        ستة أشخاص في مواجهات``): named too."""
        if rule.type != "ASSAULT" or rule.lemma not in ATTACK_NOUNS:
            return False
        if self._prev_word(tokens, i) not in IN_ATTACK:
            return False
        return any(
            k in named and bare(tokens[k]).removeprefix("ال") in KILLINGS
            for k in range(max(0, i - 8), i)
        )

    def _of_named(self, tokens: Sequence[Token], i: int, form: str) -> bool:
        """A verb with an object pronoun after a relative whose antecedent is named, not told
        (``قبل الحرب التي شنتها``, ``منذ الهجوم الذي نفذه``)."""
        clitics = tokens[i].clitics
        suffixed = clitics is not None and clitics.suffix in OBJECT_SUFFIXES
        if not (_object(tokens[i], form) or suffixed):
            return False
        before = [k for k in range(i - 1, max(-1, i - 4), -1) if tokens[k].kind == "word"]
        if len(before) < 3 or tokens[before[0]].norm not in RELATIVES:
            return False
        return bare(tokens[before[2]]) in NAMED_BEFORE

    def _done_by_named(self, tokens: Sequence[Token], named: set[int], i: int) -> bool:
        """``شنه``, ``نفذها`` right after an attack noun that names an event told by another
        trigger: that attack's verb, no second event."""
        if bare(tokens[i]) not in DONE_BY:
            return False
        before = [k for k in range(i - 1, max(-1, i - 4), -1) if tokens[k].kind == "word"]
        return any(k in named for k in before[:3])

    def _judged(self, tokens: Sequence[Token], verb: Hit, i: int) -> bool:
        """A definite event noun that is what a condemnation, a praise or a rejection right
        before it (five tokens at most, same clause) is about: the attack is told before."""
        if verb.rule.type not in ("ACCUSE", "SUPPORT", "REJECT") or i - verb.i > 5:
            return False
        clitics = tokens[i].clitics
        if clitics is None or not clitics.article:
            return False  # استنكر الحلف واقعة مقتل أحد المواطنين: told here, not before
        return not any(t.text in CLAUSE_PUNCT for t in tokens[verb.i + 1 : i])

    def _requested(self, tokens: Sequence[Token], verb: Hit, i: int) -> bool:
        """An event noun with ب a few words after a call or a demand of its clause (``طالب
        الجميع بالوقوف``, ``وجه بفتح تحقيق``): the content of the request."""
        if verb.rule.type != "REQUEST" or i - verb.i > 4:
            return False
        behind = [t for t in tokens[max(verb.i + 1, i - 1) : i + 1] if t.kind == "word"]
        if not any(_prefix(t).startswith("ب") for t in behind):
            return False  # بالوقوف, بفتح تحقيق
        return not any(t.text in CLAUSE_PUNCT for t in tokens[verb.i + 1 : i])

    def _after_verb(self, tokens: Sequence[Token], verb: int, i: int) -> bool:
        k = self._next_word(tokens, verb)
        if k >= 0 and tokens[k].norm in CAMPAIGN:
            k = self._next_word(tokens, k)
        return k == i

    def _figurative(self, tokens: Sequence[Token], i: int, rule: Rule) -> bool:
        """A prayer (``داعيا المولى``) or what a threat or a target is in a figure of speech
        (``يهدد قدرتها``, ``تستهدف الأمن``)."""
        k = self._next_word(tokens, i)
        if k < 0:
            return False
        forms = _forms(tokens[k])
        idiom = NOT_AFTER.get(rule.lemma)
        if idiom:
            around = [t for t in tokens[max(0, i - 1) : i + 4] if t.kind == "word"]
            if any(not idiom.isdisjoint(_forms(t)) for t in around):
                return True  # ضرب مثلا, أوقفت الشركة العمل, الدراسة استهدفت
        if rule.type == "REQUEST":
            return bool(forms & GOD_WORDS)
        if rule.type == "ASSAULT" and rule.kind == "verb":
            near = [t.norm for t in tokens[max(0, i - 3) : i] if t.kind == "word"]
            if tokens[k].norm in NATURE or any(w in NATURE for w in near):
                return True  # الصواعق التي ضربت: no one attacked
        if rule.type in ("THREATEN", "ASSAULT") and rule.kind == "verb" and not rule.objects:
            stems = {f.removeprefix("ال").removesuffix("ه") for f in forms}
            abstract = {w.removesuffix("ه") for w in ABSTRACT_OBJECTS}
            return bool(stems & abstract)
        return False

    def _other_sense(self, tokens: Sequence[Token], i: int, rule: Rule) -> bool:
        """Another word or no event, by the words next to the trigger: ``طالب الدراسات`` (a
        student), ``رفض التعليق``, ``علم الاجتماع``, ``له الشكر`` (thanks given by no one),
        ``استقبال الحجاج``, ``ما دعا إلى`` (a cause), an animal's attack, a road accident."""
        k = self._next_word(tokens, i)
        nxt = _forms(tokens[k]) if k >= 0 else set()
        prev = [bare(t) for t in tokens[max(0, i - 3) : i] if t.kind == "word"]
        if nxt & NOT_NEXT.get(rule.lemma, frozenset()):
            return True
        beyond = self._next_word(tokens, k) if k >= 0 else -1
        if rule.lemma == BLOW and "من" in nxt and beyond >= 0 and tokens[beyond].norm != "قبل":
            return True  # ضرب من الفساد: a kind of; not يضربن من قبل أزواجهن
        within = NOT_WITHIN.get(rule.lemma)
        if within is not None:
            _, end = _clause_end(tokens, i)
            after = [t for t in tokens[i + 1 : min(end, i + 8)] if t.kind == "word"]
            if any(not within.isdisjoint(_forms(t)) for t in after[:6]):
                return True
        if not NOT_WITHIN_BEFORE.get(rule.lemma, frozenset()).isdisjoint(prev):
            return True
        if rule.lemma == CONTROL and prev and prev[-1] in OUT_OF and not _definite(tokens[i]):
            return True  # تحرير المدن من سيطرة داعش, الخارجة عن سيطرة: the state, no seizure
        let = rule.lemma == CALL and bare(tokens[i]) in LET and k == i + 1
        if let and tokens[k].norm[:1] in IMPERFECT:
            return True  # دعوه يقول لنا: let him say, no call
        if rule.type == "ASSAULT" and rule.lemma in KILLINGS and self._tally(tokens, i):
            return True  # ومنذ اندلاع العنف، قتل 13 جنديا: a count since, no one event
        if rule.lemma == DEATH and (i + 1 >= len(tokens) or tokens[i + 1].text in CLAUSE_PUNCT):
            return True  # يصيب السهم في مقتل، : a vital spot, no one's death
        if bare(tokens[i]) in THANKS_WORD:
            return True  # فشكرا لسمو الرئيس: a word of thanks in a text, no act
        if rule.lemma == SURPRISE and k >= 0 and _prefix(tokens[k]).startswith("ب"):
            return True  # يفاجأون بوميض الفلاشات: they are surprised, no one attacks
        if rule.lemma == SURPRISE and tokens[i].norm.endswith(("ني", "نا")):
            return True  # فاجأني القبول: it surprised me
        if rule.lemma in DIRECT and not self._directed(tokens, i, rule.lemma):
            return True  # وجه الشكر, وجه رسالة: no direction
        if rule.lemma in COMMEND and not self._commended(tokens, i):
            return True  # نوه إلى أن: he pointed out, no praise (نوه بجهود: praise)
        needs = NEEDS_NEXT.get(rule.lemma)
        if needs is not None and not nxt & needs:
            return True
        if prev and prev[-1] in NOT_PREVIOUS.get(rule.lemma, frozenset()):
            return True
        given = GIVEN.get(rule.lemma)
        giving = [_unjoined(t) for t in tokens[max(0, i - 5) : i] if t.kind == "word"]
        if rule.kind == "noun" and given is not None and not given.intersection(giving):
            return True  # (وأعرب … عن شكره: the clitic layer may leave و on the verb)
        if rule.kind == "noun" and rule.lemma in HOSTED and not nxt & (HONORIFICS | TITLES | HEADS):
            return True
        if rule.type == "REQUEST" and prev and self._prev_word(tokens, i) == prev[-1]:
            cause = prev[-1] in CAUSES or (
                prev[-1] in RELATIVES and len(prev) > 1 and prev[-2] in CAUSES
            )
            if cause:
                return True
        if rule.type in ("ASSAULT", "COERCE"):
            near = [t for t in tokens[max(0, i - 2) : i + 3] if t.kind == "word"]
            if any(not ANIMALS.isdisjoint(_forms(t)) for t in near):
                return True  # هجمات التماسيح, قبض التمساح على الساق
        if rule.type == "ASSAULT":
            around = [t.norm for t in tokens[max(0, i - 5) : i + 7] if t.kind == "word"]
            if any(w in ACCIDENTS for w in around):
                return True  # حوادث السير التي أودت بحياة معلمات
            if rule.kind == "noun" and _where_victims_fell(tokens, i):
                return True  # المواطنين الذين جرحوا في معارك عدن: the victims, not the battle
            if rule.lemma in KILLINGS and _toll_before(tokens, i):
                return True  # إن نحو أربعة آلاف شخص قتلوا: a toll to date, no one event
            if rule.lemma in KILLINGS and _disease_before(tokens, i):
                return True  # وتصيب الملاريا نحو 200 مليون شخص سنويا وقتلت 584 ألفا
            if rule.kind == "noun" and any(w in SPORTS_FORMS for w in around):
                return True  # ملفات للاعبين آسيويين في الهجوم وصناعة اللعب والدفاع
        return False

    def _retold(self, tokens: Sequence[Token], i: int, named: set[int]) -> int | None:
        """An attack verb whose subject or antecedent is a definite attack noun (``إن الهجوم
        الانتحاري قتل``, ``الهجمات التي قتلت``, ``هذا العمل الإرهابي الذي استهدف``) or a named
        one (``في أحدث هجوم انتحاري يضرب``), in an article that has told an attack: the
        attack told again. Returns the noun's index."""
        words = 0
        for k in range(i - 1, max(-1, i - 8), -1):
            token = tokens[k]
            if token.text in CLAUSE_PUNCT:
                return None
            if token.kind != "word":
                continue
            words += 1
            if words > 4:
                return None
            word = bare(token)
            if k in named or (_definite(token) and word.removeprefix("ال") in ATTACK_NOUNS):
                return k
            if word in RELATIVES or word in DEMONSTRATIVES:
                continue
            deed = word.removeprefix("ال") in DEEDS
            if deed and k >= 1 and bare(tokens[k - 1]) in DEMONSTRATIVES:
                return k  # هذا العمل الإرهابي الذي استهدف المساجد
            if not nisba(token):
                return None
        return None

    def _reported(self, tokens: Sequence[Token], i: int) -> bool:
        """An attack in what a source adds (``وأضافت الوكالة إن …``, ``وقالت سلطات المقاطعة
        إن …``) right after the sentence that told an attack: its detail."""
        words = [t for t in tokens[:i] if t.kind == "word"]
        if not words or ADDED.isdisjoint(_forms(words[0])):
            return False
        return any(bare(t) in COMPLEMENTIZERS or t.norm in ("ان", "إن") for t in words[1:10])

    def _masdar(self, tokens: Sequence[Token], i: int) -> bool:
        """``وقتل`` joined by و to a masdar of an attack a few words before it in its clause
        (``استهداف بيوت الله وقتل المصلين``): a masdar too, no past verb."""
        if not conj(tokens[i]) and not tokens[i].norm.startswith("و"):
            return False
        words = 0
        for k in range(i - 1, max(-1, i - 8), -1):
            token = tokens[k]
            if token.text in CLAUSE_PUNCT:
                return False
            if token.kind != "word":
                continue
            words += 1
            if bare(token).removeprefix("ال") in ATTACK_MASDARS:
                return True
            if words >= 4:
                return False
        return False

    def _subjunctive(self, tokens: Sequence[Token], i: int, form: str, rule: Rule) -> bool:
        """An imperfect right after أن (``أن يرفض``, ``يجب أن تتعهد``): the subjunctive of
        a wish, a duty or a fear, no reported event (أنّ before a noun is not touched)."""
        if rule.kind != "verb" or form[:1] not in "يتن" or form[:1] == rule.lemma[:1]:
            return False
        k = i - 1
        while k >= 0 and tokens[k].kind != "word":
            k -= 1
        return k >= 0 and bare(tokens[k]) in SUBJUNCTIVE_AN and k == i - 1

    def _described(self, tokens: Sequence[Token], i: int, form: str, rule: Rule) -> bool:
        """An attack or refusal verb in the imperfect right after a relative (``الذي يقصف``,
        ``التي كانت تستهدف``, ``الذين يقتلون``, ``الذي يرفض``): what a group does, a
        description, not a report."""
        if rule.kind != "verb" or form[:1] not in "يتن" or form[:1] == rule.lemma[:1]:
            return False
        before = [t.norm for t in tokens[max(0, i - 3) : i] if t.kind == "word"]
        if before and before[-1] in KANA:
            before.pop()
        return bool(before) and before[-1] in RELATIVES

    def _directed(self, tokens: Sequence[Token], i: int, form: str) -> bool:
        """``وجه الوزير مديري الفروع بسرعة الإنجاز``, ``وجه بفتح تحقيق``: a direction has
        what is directed behind ب within five words, and is no letter, thanks or blow;
        ``وجهته`` with a pronoun is a noun (its direction)."""
        if not tokens[i].norm.endswith(form):
            return False
        _, end = _clause_end(tokens, i)
        words = [t for t in tokens[i + 1 : end] if t.kind == "word"][:5]
        if any(not NOT_DIRECTED.isdisjoint(_forms(t)) for t in words):
            return False
        return any(_prefix(t).startswith("ب") and bare(t) not in COMPLEMENTIZERS for t in words)

    def _commended(self, tokens: Sequence[Token], i: int) -> bool:
        """``نوه بجهود``, ``ونوه سموه بموافقة``: what is praised stands behind ب within three
        words (not بأن: that)."""
        _, end = _clause_end(tokens, i)
        words = [t for t in tokens[i + 1 : end] if t.kind == "word"][:3]
        for token in words:
            if token.norm in TO_PREPS or bare(token) in COMPLEMENTIZERS:
                return False
            if _prefix(token).startswith("ب"):
                return True
        return False

    def _tally(self, tokens: Sequence[Token], i: int) -> bool:
        """``منذ`` in the clause of a killing, or opening the clause before it: the count of
        the dead since a day (``قتل نحو 20 من أفرادها منذ اندلاع العنف``)."""
        _, end = _clause_end(tokens, i)
        if any(t.norm in SINCE for t in tokens[i + 1 : min(end, i + 12)]):
            return True
        commas, words = 0, 0
        for k in range(i - 1, -1, -1):
            token = tokens[k]
            if token.text in CLAUSE_PUNCT:
                commas += 1
                if token.text not in ",،" or commas > 1:
                    return False
            elif token.kind == "word":
                words += 1
                if bare(token) in SINCE:
                    return True
                if words > 12:
                    return False
        return False

    def _court(self, tokens: Sequence[Token], i: int, rule: Rule) -> Rule:
        """``دانت المحكمة``, ``أدانت محكمة``: a court's conviction is COERCE, not ACCUSE."""
        if rule.type != "ACCUSE" or rule.mode != "disapprove" or rule.kind != "verb":
            return rule
        k = self._next_word(tokens, i)
        if k >= 0 and not COURTS.isdisjoint(_forms(tokens[k])):
            return replace(rule, type="COERCE", mode="arrest")
        return rule

    def _denied(self, tokens: Sequence[Token], i: int, rule: Rule) -> bool:
        """After a verb of denial: ``نفى مصدر أن تكون قواته قد استهدفت``, ``نفى الجيش قصف``."""
        complement = False
        for k in range(i - 1, max(-1, i - 12), -1):
            token = tokens[k]
            if token.text in CLAUSE_PUNCT and not complement:
                return False  # نفى الاتهامات بأن …، متهما قوى: a new clause, not denied
            if token.kind != "word":
                continue
            word = bare(token)
            if word in COMPLEMENTIZERS or token.norm in COMPLEMENTIZERS:
                complement = True
            elif word in DENIALS or token.norm in DENIALS:
                return complement or (rule.kind == "noun" and i - k <= 4)
        return False

    def _party(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether a call names whom it is with: مع, من, بين or a word with ب after it."""
        for k in range(i + 1, min(len(tokens), i + 5)):
            token = tokens[k]
            if token.kind == "punct" and token.text in CLAUSE_PUNCT:
                return False
            if token.kind != "word":
                continue
            prefix = token.clitics.prefix.lstrip("وف") if token.clitics is not None else ""
            if token.norm in PARTY_WORDS or prefix[:1] == "ب":
                return True
        return False

    def _match(self, tokens: Sequence[Token], i: int) -> tuple[Rule, str, tuple[int, ...]] | None:
        token = tokens[i]
        lookup = self.table.forms.get
        found_rules = [(form, rules) for form in token.match_forms if (rules := lookup(form))]
        if not found_rules:
            return None  # most words: nothing to check
        nominal = token.clitics is not None and (
            token.clitics.article or token.clitics.prefix.lstrip("وف")[:1] in ("ل", "ب", "ك")
        )
        word = bare(token)
        # after a preposition or بعد/قبل/خلال a word is a noun: بعد قصف مدفعي; after a number
        # too: 15 طالباً
        noun_slot: bool | None = (i > 0 and tokens[i - 1].kind == "number") or None
        for form, rules in found_rules:
            # a verb takes no article and no ب/ك: الهرب, بالضرب are nouns
            prefixed = (
                (word.startswith("ال") and not form.startswith("ال"))
                or (word[:1] in ("ب", "ك") and not form.startswith(word[:1]))
                or (word.startswith("لل") and not form.startswith("لل"))  # للتبرع
                or (word[:1] == "ل" and not form.startswith("ل"))  # لضرب مواقع: a purpose
            )
            for rule in rules:
                if rule.source == "cameo" and (nominal or len(form) < 4):
                    continue  # CAMEO lemmas are verbs: الأولى, للوصل, بعد are not
                if rule.kind == "verb" and noun_slot is None:
                    before = self._prev_word(tokens, i)
                    # وبعد قصف, ومن قتل نفسا: a conjunction does not change the slot
                    noun_slot = before in NOUN_CONTEXT or (
                        before[:1] == "و" and before[1:] in NOUN_CONTEXT
                    )
                if rule.kind == "verb" and (prefixed or noun_slot or _noun_suffix(token, form)):
                    continue
                if rule.kind == "verb" and rule.type == "RETREAT" and _object(token, form):
                    continue  # فرّ takes no object: وفرته is وفّر
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
                if tokens[k].text not in ",،":
                    break  # أغلق مفتشو الهيئة، 3 محلات: a comma after the subject
                continue
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

    def _next_word(self, tokens: Sequence[Token], i: int) -> int:
        for k in range(i + 1, len(tokens)):
            if tokens[k].kind == "word":
                return k
        return -1

    def _reference(self, tokens: Sequence[Token], i: int) -> bool:
        """A noun that names an event rather than reports it: ``قبل الهجوم``, ``للهجمات``."""
        clitics = tokens[i].clitics
        if clitics is not None and clitics.prefix.lstrip("وف")[:1] in ("ل", "ك"):
            return True
        words = [bare(t) for t in tokens[max(0, i - 7) : i] if t.kind == "word"]
        if len(words) > 1 and words[-1] in ON and words[-2] in RESPONSE | INCITE:
            return True  # وردا على مقتل الشرطيين, يحرضون على تفجير: told before, or urged
        if words and words[-1] in DEMONSTRATIVES and self._prev_word(tokens, i) == words[-1]:
            return True  # صدت هذا الهجوم: the attack told before
        k = self._next_word(tokens, i)
        if k == i + 1 and tokens[k].norm in DEMONSTRATIVES:
            return True  # مقتل هذين الشرطيين: the killing told before
        # أعلنت المسؤولية عن هجوم, أسفرت عن مقتل: the attack is told where it happened
        if self._prev_word(tokens, i) == "عن" and len(words) > 1:
            return words[-2] in RESPONSIBILITY or words[-2] in LEADS_TO
        if self._prev_word(tokens, i) not in REFERENCE_WORDS:
            return False
        if self._prev_word(tokens, i) in TO_PREPS:  # أدت إلى حرق, دفعت … إلى الاستسلام
            if len(words) > 1 and words[-2] in ADDING:
                return False  # بالإضافة إلى اعتقال مئات
            return not any(w in LEADS_TO for w in words)
        return True

    def _negated(self, tokens: Sequence[Token], i: int) -> bool:
        if self._prev_word(tokens, i) in NEGATORS | AS_IF:
            return True  # كأنما قتل الناس جميعا: a simile, no killing
        words = [t.norm for t in tokens[max(0, i - 4) : i] if t.kind == "word"]
        k = len(words) - 1
        while k >= 0 and words[k] in MODALS:  # لا يجب أيضا رفض المبادرة
            k -= 1
        return k < len(words) - 1 and k >= 0 and words[k] in NEGATORS

    def _status(self, tokens: Sequence[Token], i: int, form: str, rule: Rule) -> str | None:
        word = bare(tokens[i])
        future = word.startswith("س") and word[1:].startswith(form) and form[:1] in IMPERFECT
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
        past = form.startswith(rule.lemma[:2])  # وقد اعتقلت: قد with a past verb is a fact
        if previous and previous[0] in POSSIBLE and form[:1] in IMPERFECT and not past:
            return "possible"
        if previous and previous[0] in POSSIBLE and any(w in SUBJUNCTIVE_KANA for w in previous):
            return "possible"  # يرجح أن تكون قواته قد استهدفت: a supposition
        if any(w in PLANNED for w in previous[:3]):
            return "planned"
        if any(w in CONDITIONAL for w in previous[:4]) and previous[0] not in COMPLEMENTIZERS:
            return "conditional"
        return None

    # -- arguments ------------------------------------------------------------------------

    def _sentence(
        self,
        doc: Document,
        si: int,
        tokens: Sequence[Token],
        toponyms: Sequence[Place],
        titled: frozenset[str] = frozenset(),
        pending: list[Event] | None = None,
    ) -> list[Event]:
        named: set[int] = set()
        hits = self._triggers(tokens, named)
        if not hits:
            return []
        trigger_at = {h.i for h in hits} | named
        blocked = {k for h in hits for k in h.consumed} | trigger_at
        nominal = (
            {k for h in hits for k in h.consumed}
            | {h.i for h in hits if h.rule.kind == "noun"}
            | named
        )
        args = Arguments(doc, tokens, blocked, frozenset(nominal), titled)
        events: list[Event] = []
        previous_actor: Candidate | None = None
        for hit in hits:
            actor, target = self._arguments(args, hit, previous_actor)
            if hit.phrase is not None and actor is None:
                actor = args.attack_by(hit.phrase)  # قتل تسعة جنود في هجوم شنه مسلحو
            official = _official(tokens, actor) or _titled(tokens, actor, titled)
            waiting = False
            if hit.rule.lemma in PRAISE and not official:
                # أشاد الحضور بالفيلم, المواقع التي يزورها: between officials only; a verb
                # opening its sentence with و and no subject waits for the one before
                opens = self._opens(tokens, hit.i, hit.form)
                waiting = actor is None and pending is not None and opens
                if not waiting:
                    continue
            if hit.rule.lemma == SURPRISE and _official(tokens, actor, SPEAKERS):
                continue  # فاجأ رئيس الوزراء شركاءه: a political surprise, no attack
            if hit.rule.lemma in VERBAL_ATTACK and _official(tokens, actor, SPEAKERS):
                # هاجم وزير الخارجية وسائل الإعلام: a minister's attack is in words
                hit = Hit(
                    hit.i,
                    replace(hit.rule, type="ACCUSE", mode="disapprove"),
                    hit.form,
                    hit.status,
                    hit.consumed,
                )
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
            place = _nearest(toponyms, tokens, hit.i)
            if place is not None:
                event.place = doc.span(place.start, place.end)
            date = _nearest(doc.dates, tokens, hit.i)
            if isinstance(date, DateMention) and date.value:
                event.date, event.date_precision = date.value, date.precision
            elif doc.published:
                event.date = doc.published
                event.date_precision = "day" if len(doc.published) >= 10 else None
            events.append(event)
            if waiting and pending is not None:
                pending.append(event)
        return events

    def _arguments(
        self, args: Arguments, hit: Hit, previous: Candidate | None
    ) -> tuple[Candidate | None, Candidate | None]:
        i = hit.i
        actor: Candidate | None
        victim = args.counted_after(i) if hit.rule.type == "ASSAULT" else None
        if hit.rule.kind == "verb":
            # هجومين شنهما متشددون: the pronoun takes up the noun before, the subject follows
            resumed = _object(args.tokens[i], hit.form) or hit.form.endswith(OBJECT_SUFFIXES[1:4])
            actor = (
                args.agent(i)
                or self._giver(args, hit)  # قدم الدكتور الشثري، شكره: a noun after all
                or args.kana_subject(i)
                or args.actor_outside(i, previous)
                or (args.before(i, 0) if not args.coordinated(i) and not resumed else None)
                or (args.subject_after(i) if victim is None else None)
                or args.before(i, 3)
                or (previous if args.coordinated(i) else None)
            )
        else:
            actor = args.agent(i) or self._giver(args, hit) or args.noun_actor(i, previous)
        if bare(args.tokens[i]) in PARTICIPLES:  # الجزائر تدين …، داعية إلى
            opens = not any(t.kind == "word" for t in args.tokens[:i])
            # … . متهما الميليشيات: a participle opening its sentence has its object after it
            told = None if opens else (args.first_subject(i) or actor)
            actor = args.reporter(i) or previous or told
        if hit.rule.kind == "verb" and _first_person(args.tokens[i], hit.form, hit.rule.lemma):
            # قال الوزير: ونحمل الحكومة المسؤولية; with no speaker told, no actor
            actor = args.first_subject(i)
        if actor is None and hit.rule.kind == "verb" and args.coordinated(i):
            actor = args.first_subject(i)  # وأكد رئيس الحكومة … وحث كل القطاعات
        if actor is not None and actor.i > i:
            actor = args.apposition(actor)
        if hit.rule.lemma == KILL and actor is not None and _killed(args, actor, i):
            # 19 شخصا قتلوا, وقتل شخص وأصيب ثمانية: who was killed (قُتل), not who killed
            return None, actor
        after = actor.j if actor is not None and actor.i > i else i + 1
        if hit.consumed:
            after = max(after, max(hit.consumed) + 1) if hit.rule.type != "AID" else after
        target = victim or args.object_after(after, actor)
        participle = bare(args.tokens[i]) in PARTICIPLES  # متهما الميليشيات: its object
        if actor is None and target is not None and not participle and self._vso(args, hit, target):
            # ودان الوزراء بشدة الهجمات: a definite noun right after a verb of saying or
            # meeting is its subject (VSO), not its object
            actor = args.apposition(target)
            target = args.object_after(actor.j if actor is not None else i + 1, actor)
        if hit.rule.type == "COERCE" and hit.consumed and hit.rule.lemma in SENTENCES:
            target = args.behind(max(hit.consumed), ON)  # حكم … بالسجن على الكندي محمد فهمي
        elif hit.rule.type == "COERCE" and hit.consumed:
            target = args.covering(min(hit.consumed))  # أغلق المفتشون 3 محلات: what is closed
        if hit.rule.type == "CONSULT" and hit.rule.mode == "phone":
            # تلقى الملك اتصالا هاتفيا من الرئيس: the caller calls the receiver
            caller = args.behind(max((i, *hit.consumed)), FROM)
            if caller is not None:
                receiver = actor if hit.rule.kind == "verb" else args.first_subject(i)
                actor, target = caller, receiver if receiver is not caller else None
        thanks = hit.rule.type == "SUPPORT" and hit.rule.lemma in GIVEN
        thanks = thanks and self._giver(args, hit) is not None
        if hit.rule.type == "AID" or thanks:
            target = args.recipient(i) or target  # مقدما شكره لأعضاء اللجان: whom thanks go to
        if hit.rule.type in WITH_TYPES and target is None:
            target = args.partner(i)
        return actor, target

    def _giver(self, args: Arguments, hit: Hit) -> Candidate | None:
        """Who gives thanks: the subject right after the verb of giving (``قدم الدكتور
        الشثري، شكره``: a comma may stand between)."""
        given = GIVEN.get(hit.rule.lemma)
        if given is None:
            return None
        for k in range(hit.i - 1, max(-1, hit.i - 6), -1):
            word = _unjoined(args.tokens[k]) if args.tokens[k].kind == "word" else ""
            if word in given:
                if word.startswith("م"):  # معربا عن شكره: the speaker of the sentence
                    return args.subject_after(k) or args.first_subject(k)
                found = args.subject_after(k)
                if found is None and k + 1 < hit.i and args.usable(k + 1):
                    found = args.group(k + 1)  # وجدد بادي دعوة: a name no lexicon knows
                return found
        return None

    def _vso(self, args: Arguments, hit: Hit, group: Candidate) -> bool:
        """Whether ``group`` is the subject right after a verb of a verbal type (a passive is
        rare there, unlike قُتل, اُعتقل): definite, behind no preposition, nothing but time
        words between."""
        if hit.rule.kind != "verb" or hit.rule.type not in VERBAL or hit.consumed:
            return False
        tokens = args.tokens
        if group.prep is not None or _object(tokens[hit.i], hit.form):
            return False
        between = [t for t in tokens[hit.i + 1 : group.i] if t.kind == "word"]
        return _definite(tokens[group.i]) and all(t.norm in SKIPPABLE for t in between)

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


def _told_again(doc: Document, events: list[Event]) -> list[Event]:
    """``بعد الهجوم``, ``وتلت الهجمات``, ``استمرار المظاهرات``: a definite attack or protest
    noun without a target, after an event of its type the article has told, is that event
    named again."""
    kept: list[Event] = []
    told: set[str] = set()
    for event in events:
        word = normalize_word(event.trigger.text).lstrip("وف")
        named = word.startswith("ال") and word.removeprefix("ال") in NAMED_AGAIN
        if event.type in told and named and event.target is None:
            continue
        if event.type in ("ASSAULT", "PROTEST"):
            told.add(event.type)
        kept.append(event)
    return kept


def _where_victims_fell(tokens: Sequence[Token], i: int) -> bool:
    """An attack noun after a relative, a casualty verb and في or خلال (الذين جرحوا في
    معارك عدن، الذين استشهدوا خلال التفجير، الذي قتل في معارك): the victims described."""
    words = [t for t in tokens[max(0, i - 4) : i] if t.kind == "word"][-3:]
    return (
        len(words) == 3
        and words[0].norm in RELATIVES
        and bare(words[1]) in CASUALTY_VERBS
        and bare(words[2]) in ("في", "خلال")
    )


def _toll_before(tokens: Sequence[Token], i: int) -> bool:
    """A killing verb after its subject, an approximate count (إن نحو أربعة آلاف شخص نصفهم من
    المدنيين قتلوا): the dead to date; not قتل نحو 20 شخصا, the count after the verb."""
    for t in reversed(tokens[max(0, i - 8) : i]):
        if t.text in CLAUSE_PUNCT or t.text in SENTENCE_END:
            return False
        if bare(t) in APPROXIMATORS:
            return True
    return False


def _disease_before(tokens: Sequence[Token], i: int) -> bool:
    """A disease named in the dozen tokens before ``i``, in its sentence: what killed."""
    for t in reversed(tokens[max(0, i - 12) : i]):
        if t.text in SENTENCE_END:
            return False
        if t.norm in DISEASES:
            return True
    return False


def _clause_end(tokens: Sequence[Token], i: int) -> tuple[int, int]:
    """Token ``i`` and the end of its clause (the next clause punctuation)."""
    end = i + 1
    while end < len(tokens) and tokens[end].text not in CLAUSE_PUNCT:
        end += 1
    return i, end


def _unjoined(token: Token) -> str:
    """The token without a leading و or ف, split off by the clitic layer or not
    (``وأعرب``, which it may leave whole, is ``أعرب`` here)."""
    norm = bare(token)
    return norm[1:] if norm == token.norm and norm[:1] in ("و", "ف") and len(norm) > 3 else norm


def _definite(token: Token) -> bool:
    return token.clitics is not None and token.clitics.article


def _prefix(token: Token) -> str:
    """The proclitics of ``token`` without a conjunction (``بوميض`` → ``ب``)."""
    return token.clitics.prefix.lstrip("وف") if token.clitics is not None else ""


def _killed(args: Arguments, actor: Candidate, i: int) -> bool:
    """A count of people (``19 شخصا قتلوا``) or an indefinite singular or dual right after
    ``قتل`` (``قتل شخص``, ``قتل جنديان``: unvowelled قُتل) is the victim."""
    if args.is_counted(actor):
        return True
    first = args.tokens[actor.i]
    indefinite = first.clitics is None or not first.clitics.article
    plural = first.norm.endswith(("ون", "ين"))  # قتل مسلحون جنديا: the killers
    return actor.i == i + 1 and indefinite and actor.entity_id is None and not plural


def _first_person(token: Token, form: str, lemma: str) -> bool:
    """``نحمل``, ``طالبنا``: a verb of the first person plural (the speaker's); not a lemma
    that ends so (هنأ is هنا when normalized)."""
    word = bare(token)
    if form == lemma or form.startswith(lemma):
        return False  # نشرت: the ن of نشر is the root's, not the speaker's
    return (form.startswith("ن") and word.endswith(form) and len(form) > 3) or (
        form.endswith("نا") and not word.endswith("ها")
    )


def _official(
    tokens: Sequence[Token], actor: Candidate | None, words: frozenset[str] = OFFICIALS
) -> bool:
    """Whether an actor has a title or an official head: الدكتور ماجد القصبي, سموه."""
    if actor is None:
        return False
    return any(not words.isdisjoint(_forms(t)) for t in tokens[actor.i : actor.j])


def _titled_names(doc: Document) -> frozenset[str]:
    """The last names of the persons an article names after a title or an office (``محافظ
    حفر الباطن … عبدالمحسن بن محمد العطيشان``): told again alone (``وأثنى العطيشان``), the
    name is still an official's."""
    names: set[str] = set()
    starts = [t.start for t in doc.tokens]
    for entity in doc.entities:
        if entity.type != "PER":
            continue
        first = bisect_left(starts, entity.start)
        last = bisect_left(starts, entity.end) - 1
        if first >= len(doc.tokens) or last <= first:
            continue  # one word (محمد) is no surname to find again
        words = 0
        for k in range(first - 1, -1, -1):
            token = doc.tokens[k]
            if token.text in CLAUSE_PUNCT and token.text not in ",،":
                break
            if token.kind != "word":
                continue
            words += 1
            if words > TITLE_REACH:
                break
            word = bare(token)
            if {token.norm, word, word.removeprefix("ال")} & OFFICE_TITLES:
                surname = bare(doc.tokens[last])
                if len(surname) > 3:
                    names.add(surname)
                break
    return frozenset(names)


def _official_text(text: str, titled: frozenset[str]) -> bool:
    """Whether an actor's text names an official: a title or head (الدكتور, وزير) or the
    surname of a person titled before."""
    for word in text.split():
        norm = normalize_word(word)
        if norm in OFFICIALS or norm in titled or norm.removeprefix("و") in OFFICIALS:
            return True
    return False


def _titled(tokens: Sequence[Token], actor: Candidate | None, titled: frozenset[str]) -> bool:
    """Whether an actor ends in the surname of a person the article titled before."""
    return actor is not None and bare(tokens[actor.j - 1]) in titled


def _sports(tokens: Sequence[Token]) -> bool:
    """A match report: one word in 20 (``SPORTS_DENSITY``), three at least, is a word of the
    game (read in the first 200 tokens: a report is about sport from its start)."""
    words = [t.norm for t in tokens[:200] if t.kind == "word"]
    hits = sum(map(SPORTS_FORMS.__contains__, words))
    return hits >= 3 and hits / len(words) >= SPORTS_DENSITY


def _noun_suffix(token: Token, form: str) -> bool:
    """A verb takes ني, never a bare ي: وزاري, طالبي are nouns with a possessive."""
    return not token.norm.endswith(form) and token.norm.endswith(form + "ي")


def _object(token: Token, form: str) -> bool:
    """Whether ``form`` carries an object pronoun in ``token`` (فرته)."""
    norm = token.norm
    return not norm.endswith(form) and any(norm.endswith(form + x) for x in OBJECT_SUFFIXES)


def _words(tokens: Sequence[Token]) -> list[Token]:
    return [t for t in tokens if t.kind == "word"]


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
    inside = index_of(items).within(lo, hi)
    if not inside:
        return None
    return min(inside, key=lambda x: abs(x.start - at) + (0 if x.start >= at else 20))
