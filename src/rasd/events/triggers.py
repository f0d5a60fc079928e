"""Trigger lookup: which token forms start an event, and of which PLOVER type and mode.

Two sources, the hand-written one first: ``rasd/lang/event_triggers.tsv`` (news triggers the
CAMEO dictionaries miss or code wrongly) and the CAMEO verb blocks of the compiled lexicon
(``resources/event_lexicon.json``). A rule may need an object word after the trigger
(``قدم`` is AID only before ``أسلحة``, ``مساعدات`` …). A lemma of the hand-written table hides
the CAMEO rules of the same lemma, so a ``-`` line silences a CAMEO lemma.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from rasd.events.forms import noun_forms, verb_forms
from rasd.events.lexicon import shipped
from rasd.text.normalize import normalize_word

SUPPLEMENT = "event_triggers.tsv"
NONE = "-"


@dataclass(frozen=True, slots=True)
class Rule:
    """One way a trigger makes an event: ``objects`` lists alternatives of which one must
    follow (each a list of elements that must all be there, each element a set of word
    tuples); an empty ``objects`` needs nothing."""

    lemma: str
    kind: str  # verb | noun
    type: str  # PLOVER category, or "-" for no event
    mode: str | None
    objects: tuple[tuple[tuple[tuple[str, ...], ...], ...], ...] = ()
    source: str = "supplement"


@dataclass(frozen=True, slots=True)
class TriggerTable:
    """Normalized form → the rules of every lemma that form may be, hand-written first."""

    forms: dict[str, tuple[Rule, ...]]
    nouns: frozenset[str]

    def rules(self, form: str) -> tuple[Rule, ...]:
        return self.forms.get(form, ())


def read_supplement() -> list[tuple[str, str, str, str, str | None, list[str]]]:
    """Lines of the hand-written table: (kind, lemma, imperfect, type, mode, objects)."""
    text = (resources.files("rasd") / "lang" / SUPPLEMENT).read_text(encoding="utf-8")
    rows = []
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + [""] * 6)[:6]
        kind, word, imperfect, type_, mode, objects = (c.strip() for c in cells)
        if kind not in ("verb", "noun", "form") or not word or not type_:
            raise ValueError(f"{SUPPLEMENT}:{line_no}: needs kind, word and type: {line!r}")
        rows.append((kind, word, imperfect, type_, mode or None, objects.split("|")))
    return rows


def _object_words(words: list[str]) -> tuple[tuple[tuple[tuple[str, ...], ...], ...], ...]:
    return tuple((((normalize_word(w),),),) for w in words if w)


@cache
def table(use_cameo: bool = True, cameo_defaults: bool = False, hand: bool = True) -> TriggerTable:
    """The trigger table: the hand-written triggers (``hand``) and the CAMEO verb patterns
    (``use_cameo``); ``cameo_defaults`` lets a CAMEO lemma make an event with no object
    pattern. docs/events.md measures each on the dev gold."""
    by_form: dict[str, list[Rule]] = {}
    hand_lemmas: set[str] = set()
    nouns: set[str] = set()
    for kind, word, imperfect, type_, mode, objects in read_supplement() if hand else []:
        lemma = normalize_word(word)
        hand_lemmas.add(lemma)
        rule = Rule(
            lemma, "noun" if kind == "noun" else "verb", type_, mode, _object_words(objects)
        )
        if kind == "form":
            forms = frozenset({lemma})
        else:
            forms = noun_forms(word) if kind == "noun" else verb_forms(word, imperfect)
        if kind == "noun":
            nouns.update(forms)
        for form in forms:
            by_form.setdefault(form, []).append(rule)
    if use_cameo:
        lexicon = shipped()
        codes = lexicon["codes"]
        for block in lexicon["blocks"]:
            for lemma, own in block["lemmas"]:
                if lemma in hand_lemmas or len(lemma) < 3:
                    continue
                rules: list[Rule] = []
                for elements, code in block["patterns"]:
                    if code in codes:
                        type_, mode = codes[code]
                        pattern = tuple(tuple(tuple(alt) for alt in el) for el in elements)
                        rules.append(Rule(lemma, "verb", type_, mode, (pattern,), "cameo"))
                default = own or block["code"]
                if cameo_defaults and default in codes:
                    type_, mode = codes[default]
                    rules.append(Rule(lemma, "verb", type_, mode, (), "cameo"))
                for form in verb_forms(lemma):
                    if form not in hand_forms(by_form, hand_lemmas, form):
                        by_form.setdefault(form, []).extend(rules)
    # rules needing an object first, so "قدم أسلحة" wins over a plain reading
    ordered = {
        form: tuple(sorted(rules, key=lambda r: (r.source != "supplement", not r.objects)))
        for form, rules in by_form.items()
    }
    return TriggerTable(ordered, frozenset(nouns))


def hand_forms(by_form: dict[str, list[Rule]], hand: set[str], form: str) -> set[str]:
    """``{form}`` when a hand-written lemma already claims ``form``, else nothing."""
    rules = by_form.get(form, [])
    return {form} if any(r.source == "supplement" and r.lemma in hand for r in rules) else set()
