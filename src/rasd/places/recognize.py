"""Toponym recognition: gazetteer names over the tokens, the tagger's LOC names, and the
phrase around each (محافظة, ريف, جنوب شرقي, على بعد 85 ميلا).

Names are matched longest first over token matching forms; the first word may carry clitics
(بالرقة، وحلب، لسوريا), read through the token's clitic split. The span of a mention starts
after its proclitics. A name that is mostly an ordinary word (``common`` in the index, or a
frequent word naming only small places) is taken only in context: a place noun, a relation
or compass word before it, or the tagger's LOC entity over it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.document import Document, Entity, Token
from rasd.lang import ar_geo as G
from rasd.ner import gazetteer as name_lists
from rasd.numbers import parse_amount
from rasd.places.gazetteer import Entry, Gazetteer
from rasd.places.placeness import place_share
from rasd.spans import SpanIndex
from rasd.text.clitics import _frequencies
from rasd.text.normalize import normalize_word

# A single-word name of only cities and villages that is this frequent a word in news needs
# context, unless one of its places is this big.
FREQUENT_WORD = 30
# A one-word name that stands in a place's context (في، مدينة، بـ …) in fewer than this share
# of its occurrences in news is mostly a word and needs context (``rasd.places.placeness``).
MIN_PLACE_SHARE = 0.3
# A name that reads as a clitic before a word this frequent is that word without context.
CLITIC_WORD_FREQUENCY = 100
# A name news writes in a place's context this often is frequent because it is a place.
CLEAR_PLACE_SHARE = 0.5
BIG_CITY = 1_000_000
WELL_KNOWN_CITY = 500_000  # a city this big is never "mostly a word"
# A single-word name of only villages always needs context: too many are ordinary words.
VILLAGE_POPULATION = 10_000
# A written word this frequent is split only as the clitic analyzer splits it.
KNOWN_WORD = 5  # a word written this often is read as written, not split into a rarer form
# The countries the Arabic press writes about most: a small town elsewhere needs context.
HOME = frozenset(
    [
        "SA",
        "AE",
        "BH",
        "KW",
        "QA",
        "OM",
        "YE",
        "IQ",
        "SY",
        "LB",
        "JO",
        "PS",
        "IL",
        "EG",
        "SD",
        "LY",
        "TN",
        "DZ",
        "MA",
        "MR",
        "SO",
        "DJ",
        "KM",
        "TR",
        "IR",
        "AF",
        "PK",
        "CY",
        "ER",
        "ET",
    ]
)
FOREIGN_TOWN = 100_000
ABROAD_TOWN = 50_000  # a town of a foreign country already named, read after a preposition
PREPOSITION_POPULATION = 200_000
# The same for a name without the article (إلى مسقط), where more ordinary words stand.
BARE_PREPOSITION_POPULATION = 500_000
LOC_TYPES = frozenset({"LOC", "GPE"})
BROAD = frozenset({"country", "region", "demonym"})


@dataclass(slots=True)
class Mention:
    """A toponym found in the text, before resolution."""

    start: int
    end: int
    key: str  # the normalized name looked up
    candidates: list[Entry]
    first: int  # token index of the name
    last: int  # token index after the name
    hint: str | None = None  # kind named by a place noun before it (محافظة → admin1)
    relation: str | None = None
    direction: str | None = None
    distance_km: float | None = None
    phrase: tuple[int, int] | None = None
    tagged: bool = False  # the tagger called it a place
    contains: list[str] = field(default_factory=list)  # admin names written after it (في X)
    near: list[str] = field(default_factory=list)  # names it is written near (القريبة من X)
    organization: bool = False  # an organization's name (قوات سوريا الديمقراطية): no place


_FORMS: dict[str, tuple[str, ...]] = {}
_FORMS_MAX = 200_000


def _base_forms(token: Token) -> tuple[str, ...]:
    """The forms under which a first word may start a name: as written, then without its
    proclitics (every split the clitic grammar allows, so that a rare name such as وأغادير is
    read too), never without a pronoun suffix (دولته is not دولة). They depend on the
    word's matching form only, so they are worked out once per form."""
    found = _FORMS.get(token.norm)
    if found is None:
        if len(_FORMS) >= _FORMS_MAX:
            _FORMS.clear()
        found = _FORMS[token.norm] = _work_out_forms(token)
    return found


def _work_out_forms(token: Token) -> tuple[str, ...]:
    if token.clitics is None:
        return (token.norm,)
    norm = token.norm
    forms = [norm]
    best = token.clitics
    if best.stripped and not best.suffix:
        forms += [f for f in (best.base, best.stem) if f not in forms and _keeps_article(norm, f)]
    counts = _frequencies()
    known = counts.get(norm, 0)
    for form in token.match_forms:
        if form in forms or not _keeps_article(norm, form):
            continue
        if known >= KNOWN_WORD and counts.get(form, 0) <= known:
            continue  # وكيل is a word: no rarer split (كيل); وبروناي (seen 9 times) is و + بروناي
        if norm.endswith(form) or (form.startswith("ال") and norm.endswith("ل" + form[2:])):
            forms.append(form)
    return tuple(forms)


def _keeps_article(norm: str, form: str) -> bool:
    """A word written with the article is read with it: الصور is not the town صور."""
    if not norm.endswith(form):
        return True
    removed = norm[: len(norm) - len(form)]
    return not (removed.endswith("ال") or removed.endswith("لل"))


def _prefix_chars(token: Token, form: str) -> int:
    """How many characters of ``token.text`` the proclitics take when ``form`` is read."""
    if token.clitics is None or form == token.norm:
        return 0
    if token.norm.endswith(form):
        letters = len(token.norm) - len(form)
    elif form.startswith("ال"):
        letters = len(token.norm) - len(form) + 1  # للرياض: the span is لرياض
    else:
        return 0
    if letters <= 0:
        return 0
    for i, ch in enumerate(token.text):
        if normalize_word(ch):
            letters -= 1
            if letters < 0:
                return i
    return 0


def _word(token: Token) -> str:
    """The token's matching form without its proclitics and article-less stem kept."""
    if token.clitics is not None and token.clitics.prefix:
        return token.clitics.base
    return token.norm


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def find_names(doc: Document, gazetteer: Gazetteer) -> list[Mention]:
    """Longest gazetteer matches in every sentence; an organization name consumes its span
    (it is returned marked ``organization``, so that no shorter name is read inside it)."""
    found: list[Mention] = []
    by_name, prefixes, max_words = gazetteer.by_name, gazetteer.prefixes, gazetteer.max_words
    starts = gazetteer.starts
    for sentence in doc.sentences:
        tokens = doc.sentence_tokens(sentence)
        offset = sentence.token_start
        i, n = 0, len(tokens)
        while i < n:
            token = tokens[i]
            if token.kind != "word":
                i += 1
                continue
            forms = starts.get(token.norm)
            if forms is None:
                forms = tuple(f for f in _base_forms(token) if f in by_name or f in prefixes)
                if len(starts) >= _FORMS_MAX:
                    starts.clear()
                starts[token.norm] = forms
            if not forms:
                i += 1
                continue
            best: tuple[int, str, str] | None = None  # (end, key, first form)
            for form in forms:
                name, j = form, i + 1
                while True:
                    if name in by_name and (
                        best is None or j > best[0] or _bigger_split(best, (j, name), gazetteer)
                    ):
                        best = (j, name, form)
                    if j >= n or j - i >= max_words or name not in prefixes:
                        break
                    name, j = f"{name} {tokens[j].norm}", j + 1
            if best is None:
                i += 1
                continue
            end, name, form = best
            entries = gazetteer.lookup(name)
            start = tokens[i].start + _prefix_chars(tokens[i], form)
            mention = Mention(start, tokens[end - 1].end, name, entries, offset + i, offset + end)
            mention.organization = any(e.kind == "org" for e in entries)
            found.append(mention)
            i = end
    return found


SPLIT_FACTOR = 5  # وجدة: و + جدة (4.7 M people) rather than Oujda (0.5 M)


def _bigger_split(best: tuple[int, str, str], other: tuple[int, str], gazetteer: Gazetteer) -> bool:
    """Whether a clitic reading of the word (و + جدة) wins over the word as written (وجدة)
    that spans as many tokens: when the written name is only towns and divisions and the split
    names a place ``SPLIT_FACTOR`` times bigger. A country, region or feature as written
    (لبنان) always stays whole."""
    if other[0] != best[0] or best[1].startswith("ك"):
        return False  # كريمة: ك (like) hardly ever stands before a place's name
    written = gazetteer.lookup(best[1])
    if any(e.kind not in ("city", "village", "admin1") for e in written):
        return False
    split = gazetteer.lookup(other[1])
    if any(e.kind == "org" for e in split):
        return False
    most = max((e.population for e in written), default=0)
    if most == 0:
        return False  # a division of unknown size: kept as written
    return max((e.population for e in split), default=0) >= SPLIT_FACTOR * most


def _without_noun(mention: Mention, tokens: list[Token], gazetteer: Gazetteer) -> Mention:
    """مخيم اليرموك: a gazetteer name that opens with a naming noun, of a place its bare name
    also names, is the bare name after its noun (the coding rules mark اليرموك)."""
    noun, _, rest = mention.key.partition(" ")
    if not rest or noun not in G.NAMING_NOUNS or mention.first + 1 >= mention.last:
        return mention
    ids = {e.id for e in gazetteer.lookup(rest)}
    candidates = [e for e in mention.candidates if e.id in ids]
    if not candidates:
        return mention
    start = tokens[mention.first + 1].start
    bare = Mention(start, mention.end, rest, candidates, mention.first + 1, mention.last)
    bare.hint = _noun_hint(noun)
    return bare


def _ambiguous(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether the name is too often something else to be read as a place without context.

    Countries, regions, features and demonyms are taken as written (a demonym such as السوري
    is a frequent word because it is an adjective, not because it means something else). A
    name of only villages, or only small towns abroad (outside ``HOME``), is mostly a word or a
    person's name here; a frequent word is ambiguous unless one of its places is big or the
    ANERgazet location list (the tagger's name lists) holds it.
    """
    if " " in mention.key:
        return False
    kinds = {e.kind for e in mention.candidates}
    if kinds & {"country", "region", "feature", "demonym"}:
        return False
    if kinds == {"village"}:
        return True
    biggest = max(e.population for e in mention.candidates)
    if all(e.country not in HOME for e in mention.candidates) and biggest < FOREIGN_TOWN:
        return True
    if "LOC" in name_lists.shipped().get(mention.key, ()):
        return False  # a frequent word that ANERgazet lists as a place name (الرقة، الطائف)
    share = place_share(mention.key)
    if share is not None and share >= CLEAR_PLACE_SHARE and mention.key.startswith("ال"):
        return False  # frequent because news writes it as a place (بالقطيف); not في بيان
    return _frequencies().get(mention.key, 0) >= FREQUENT_WORD and biggest < BIG_CITY


def _mostly_a_word(mention: Mention) -> bool:
    """A one-word name of towns that news seldom writes where a place stands (الخبر، صور،
    القصير: ``rasd.places.placeness``): read as a place only with some context."""
    towns = all(e.kind in ("city", "village", "admin1") for e in mention.candidates)
    if " " in mention.key or not towns:
        return False
    if any(e.kind == "city" and e.population >= WELL_KNOWN_CITY for e in mention.candidates):
        # برشلونة، ميلان: a big city's name written bare is its team, coded as it; واشنطن
        # (690,000) in بسياسات واشنطن is its government, coded as the city too
        return False
    share = place_share(mention.key)
    return share is not None and share < MIN_PLACE_SHARE


def _after_organization_noun(mention: Mention, tokens: list[Token], words: _Words) -> bool:
    """شركة الطائف، فريق الكويت، معرض جدة، جامعة (بون): the name joined to an organization
    noun is part of the organization's name; with a proclitic (فرع بالرياض) it is a place.

    إمارة names an emirate of the UAE (إمارة دبي: a place) and, with a place noun between,
    the government of a division (إمارة منطقة عسير: an organization)."""
    k = mention.first - 1
    if k < 0 or mention.start != tokens[mention.first].start:
        return False
    if k >= 1 and _opening(tokens[k]):
        k -= 1  # جامعة (بون)، جامعة (ستانفورد الأمريكية): the bracket still joins them
    if k >= 1 and words[k] in G.PLACE_NOUNS and words[k - 1] in G.DIVISION_ORGANIZATION_NOUNS:
        return not _headed_by_office(k - 1, words)
    if words[k] == "بلديه" and _headed_by_office(k, words):
        return False
    if k >= 1 and words[k] in G.DIRECTIONS and words[k - 1] in G.ORGANIZATION_NOUNS:
        return True  # مستشفى شرق جدة: the hospital's name
    noun = words[k] if words[k] in G.ORGANIZATION_NOUNS else tokens[k].norm
    if noun not in G.ORGANIZATION_NOUNS:
        return False
    # إمارة دبي، إمارة أبوظبي (written as its city): the emirate itself; إمارة عسير: the
    # region, as the coders code it (with a place noun between, إمارة منطقة عسير, the office)
    return noun != "اماره" or not any(
        e.country == "AE" or e.kind == "admin1" for e in mention.candidates
    )


def _headed_by_office(k: int, words: _Words) -> bool:
    """رئيس بلدية محافظة أبو عريش: the head of the municipality, an office whose place the
    coders code (as محافظ الخرمة)."""
    return words[k] == "بلديه" and k >= 1 and words[k - 1] in G.MUNICIPAL_OFFICES


def _a_word_in_its_phrase(mention: Mention, tokens: list[Token], words: _Words) -> bool:
    """السنوات الخمس، هذا الخبر: a number after a definite noun, or a definite word after a
    demonstrative, is no town's name (Al Khums, Al Khobar)."""
    k = mention.first - 1
    if k < 0 or mention.start != tokens[mention.first].start or " " in mention.key:
        return False
    before = tokens[k]
    if before.kind != "word":
        return False
    if mention.key in G.NUMBER_WORDS:
        return before.norm.startswith("ال") and before.norm not in G.PARTICLES
    return mention.key.startswith("ال") and before.norm in G.DEMONSTRATIVES


def _before_a_word(mention: Mention, words: _Words, gazetteer: Gazetteer) -> bool:
    """في مسقط رأسه، الرباط الصليبي، من زاوية إلى أخرى: words around the name that make it an
    ordinary noun, and بعد أن سرت: a verb after بعد أن، قبل أن;
    الميادين الرئيسية: a name that is mostly a word, with a definite word after it that names
    no place, is a noun and its adjective."""
    if " " in mention.key or mention.last >= len(words):
        return False
    after = words[mention.last]
    if after in G.NOT_A_PLACE_AFTER:
        return True
    if mention.first > 0 and words[mention.first - 1] == "من":
        # من زاوية إلى أخرى، من صور لأخرى: from one … to another
        then = words[mention.last + 1] if mention.last + 1 < len(words) else ""
        if after in G.ANOTHER or (after == "الي" and then in G.ANOTHER):
            return True
    if mention.first > 0 and words[mention.first - 1] in G.NOT_A_PLACE_BEFORE:
        return True
    k = mention.first
    if k > 0 and words[k - 1] in G.BEFORE_A_VERB and mention.key.startswith("ي") and after == "من":
        return mention.start == words.tokens[k].start  # لأنه ينبع من بئر: "it springs from"
    if k >= 2 and words[k - 1] == "ان" and words[k - 2] in G.VERB_CONJUNCTIONS:
        return mention.start == words.tokens[k].start  # بعد أن سرت شائعات: a verb
    if not after.startswith("ال") or not _mostly_a_word(mention):
        return False
    if k > 0 and words[k - 1] in G.PLACE_NOUNS:
        return False  # معبر القائم الحدودي: a place noun names it
    return after not in G.PARTICLES and after not in gazetteer.by_name


def _a_clitic_and_word(mention: Mention, tokens: list[Token], words: _Words) -> bool:
    """بعقوبة، لبنان is no such pair: a one-word name whose first letter reads as the clitic
    ب، ل or ك before a frequent word (ب + عقوبة) is that word, unless a place noun or a
    preposition of place stands before it (في بعقوبة، مدينة بعقوبة) or the tagger tagged it."""
    key = mention.key
    if " " in key or len(key) < 5 or key[0] not in "بلك" or mention.tagged:
        return False
    if mention.start != tokens[mention.first].start:
        return False  # وبعقوبة: a clitic before it already
    if _frequencies().get(key[1:], 0) < CLITIC_WORD_FREQUENCY:
        return False
    if any(e.kind in BROAD for e in mention.candidates):
        return False
    k = mention.first - 1
    return not (k >= 0 and (words[k] in G.PLACE_NOUNS or words[k] in G.STRONG_LOCATIVES))


def _countries_named(mentions: list[Mention]) -> frozenset[str]:
    """The countries an article names (a country, a division or a demonym of it)."""
    return frozenset(
        e.country
        for m in mentions
        for e in m.candidates
        if e.country and e.kind in ("country", "admin1", "demonym")
    )


def _a_word_abroad(mention: Mention, words: _Words, countries: frozenset[str]) -> bool:
    """جنان الخلد، من حصار: a one-word name of only towns abroad (outside ``HOME``) of a
    country the article does not name, that the tagger did not tag, with no place noun and
    no في، إلى or ب before it, is an ordinary word (Jinan, Hisar)."""
    if " " in mention.key or mention.tagged or mention.hint is not None:
        return False
    if any(
        e.kind not in ("city", "village")
        or (e.country in HOME and e.population >= VILLAGE_POPULATION)
        for e in mention.candidates
    ):
        return False
    if any(e.country in countries for e in mention.candidates):
        return False
    if _carries_ba(words.tokens[mention.first]):
        return False
    k = mention.first - 1
    return not (k >= 0 and words[k] in G.STRONG_LOCATIVES)


def _surnames(mentions: list[Mention], tokens: list[Token]) -> set[str]:
    """One-word names written right after a given name (ديفيد كاميرون، جورج واشنطن): in
    this article the name is a person's, wherever it is written without a place noun.

    A given name is a word that ANERgazet lists as a person's name and never as a place's;
    a country or region is never a surname here.
    """
    lists = name_lists.shipped()
    out: set[str] = set()
    for m in mentions:
        if " " in m.key or m.first == 0 or m.start != tokens[m.first].start:
            continue
        if any(e.kind in BROAD for e in m.candidates):
            continue
        if any(e.country in HOME and e.population >= FOREIGN_TOWN for e in m.candidates):
            continue  # أمين الطائف: a big town at home is no surname
        if any(e.population >= BIG_CITY for e in m.candidates):
            continue  # اتفاقات سلام مينسك: a city of millions is no surname
        before = tokens[m.first - 1]
        marks = lists.get(before.norm, frozenset())
        given = before.kind == "word" and "PER" in marks and not marks & {"LOC", "LOC~"}
        if (
            given
            and before.norm not in G.PLACE_NOUNS  # أمير منطقة عسير
            and before.norm not in G.LOCATIVE_PREPOSITIONS
            and not before.text.endswith("ى")  # على folds to the name علي
        ):
            out.add(m.key)
    return out


def _is_common(key: str, gazetteer: Gazetteer) -> bool:
    bare = _strip_article(key)
    return bare in gazetteer.common or "ال" + bare in gazetteer.common


class _Words(list[str]):
    """The clitic-free forms of a document's tokens, one per token (a list: read by index in
    every rule, so no method call per look)."""

    def __init__(self, tokens: list[Token]) -> None:
        super().__init__(  # _word, inline: this runs over every token of every article
            [
                t.clitics.base if t.clitics is not None and t.clitics.prefix else t.norm
                for t in tokens
            ]
        )
        self.tokens = tokens

    def slice(self, start: int, end: int) -> list[str]:
        return self[max(0, start) : min(end, len(self.tokens))]


def _modifiers(mention: Mention, tokens: list[Token], words: _Words) -> None:
    """Read the place noun, relation, compass words and distance around the mention."""
    k = mention.first - 1
    phrase_start = mention.first
    if k >= 1 and _opening(tokens[k]) and words[k - 1] in G.PLACE_NOUNS:
        k -= 1  # قرية (دوما): the noun before a bracket or a quotation mark
    if k >= 1 and _nisba(words[k].removesuffix("ه")) and words[k - 1] in G.PLACE_NOUNS:
        k -= 1  # العاصمة العمانية مسقط: the noun before the country's nisba
    if k >= 0 and words[k] in G.PLACE_NOUNS:
        mention.hint = G.PLACE_NOUNS[words[k]]
        k -= 1
        phrase_start = k + 1
    compass: list[str] = []
    while k >= 0 and (words[k] in G.DIRECTIONS or words[k] in G.RELATIONS) and len(compass) < 3:
        if words[k] in G.RELATIONS:
            mention.relation = mention.relation or G.RELATIONS[words[k]]
        else:
            compass.insert(0, G.DIRECTIONS[words[k]])
        phrase_start = k
        k -= 1
    after = mention.last
    if after < len(words) and words[after] in G.DIRECTION_ADJECTIVES:
        compass.append(G.DIRECTION_ADJECTIVES[words[after]])
        after += 1
    if compass:
        ns = [d for d in compass if d in "NS"]
        ew = [d for d in compass if d in "EW"]
        mention.direction = (ns[0] if ns else "") + (ew[0] if ew else "")
    if mention.relation is None and compass:
        mention.relation = "direction"
    # على بعد 85 ميلا: before the name (… شمال حلب، … من حلب) or after it (التي تقع على بعد)
    for cue in [*range(max(0, phrase_start - 7), phrase_start), *range(after, after + 5)]:
        if cue < len(words) and words[cue] in G.DISTANCE_CUES:
            window = [t.norm for t in tokens[cue + 1 : cue + 8]]
            amount = parse_amount(window, 0)
            if amount is None or cue + 1 + amount.end >= len(words):
                continue
            amount_end = cue + 1 + amount.end
            unit = G.DISTANCE_UNITS.get(words[amount_end])
            between = words.slice(amount_end + 1, phrase_start) if cue < phrase_start else []
            if unit is None or any(w not in G.DISTANCE_LINKS for w in between):
                continue
            mention.distance_km = round(amount.value * unit, 3)
            if cue < phrase_start:
                phrase_start = cue - 1 if cue > 0 and words[cue - 1] == "علي" else cue
            else:
                after = amount_end + 1
            break
    if phrase_start < mention.first or after > mention.last:
        end_token = max(after, mention.last) - 1
        first = tokens[phrase_start]
        start = first.start + _prefix_chars(first, _word(first))  # وقرب دمشق: from قرب
        mention.phrase = (start, tokens[end_token].end)
    # الميادين في محافظة دير الزور: the container named right after the place
    j = mention.last
    if j + 1 < len(words) and words[j] in ("في", "بمحافظه", "بريف"):
        mention.contains.append(words[j + 2] if words[j + 1] in G.PLACE_NOUNS else words[j + 1])
    # دوما، القريبة من نابلس؛ دوما قرب نابلس؛ دوما جنوب نابلس: the place written near it
    while j < len(words) and tokens[j].kind == "punct" and tokens[j].text in ',،)»"”':
        j += 1
    if j + 2 < len(words) and words[j] in G.NEAR_WORDS and words[j + 1] == "من":
        mention.near.append(words[j + 2])
    elif j + 1 < len(words) and (words[j] == "قرب" or words[j] in G.DIRECTIONS):
        mention.near.append(words[j + 1])  # دوما جنوب نابلس: south of it, so near it


QUOTE_OPEN, QUOTE_CLOSE = '«"“', '»"”'
TITLE_WORDS = 3  # «باركليز أفريقيا»: a quoted name this short is a title, not speech


def _quoted_title(text: str, mention: Mention) -> bool:
    """«الشرق الأوسط», «باركليز أفريقيا»: a name inside a short quoted name."""
    window = max(0, mention.start - 40)
    lo = 1 + max(text.rfind(c, window, mention.start) for c in QUOTE_OPEN)
    if lo == 0 or any(c in text[lo : mention.start] for c in "\n.»"):
        return False
    ends = [text.find(c, mention.end, mention.end + 40) for c in QUOTE_CLOSE + "\n.«"]
    hi = min((e for e in ends if e >= 0), default=-1)
    if hi < 0 or text[hi] not in QUOTE_CLOSE:
        return False
    if text[lo].isspace() or text[hi - 1].isspace():
        return False  # "تلغراف" البريطانية من ألمانيا: " … : between two quotations, not in one
    words = text[lo:hi].split()
    if any(w.startswith("و") or "،" in w for w in words[1:]):
        return False  # «الشرق الأوسط وروسيا»: a list of places in quotes
    return len(words) <= TITLE_WORDS


REGION_ADJECTIVES = frozenset({"الشرقيه", "الغربيه", "الشماليه", "الجنوبيه", "الوسطي"})
STATE_NOUNS = frozenset({"جمهوريه", "مملكه", "سلطنه"})  # normalized: جمهورية تونس
COUNTRY_PREPOSITIONS = frozenset({"في", "الي", "من", "لدي", "نحو", "داخل"})  # normalized


def _region_with_preposition(mention: Mention, tokens: list[Token]) -> bool:
    """بالشرقية، للشرقية: a compass adjective that names a division (the Eastern Province)
    is a noun, the division, when it carries a preposition: an adjective never does."""
    if mention.key not in REGION_ADJECTIVES or mention.start == tokens[mention.first].start:
        return False
    clitics = tokens[mention.first].clitics
    if clitics is None or clitics.prefix[-1:] not in ("ب", "ل"):
        return False
    return any(e.kind == "admin1" for e in mention.candidates)


def _official_name(mention: Mention, tokens: list[Token], words: _Words) -> None:
    """جمهورية تونس، بجمهورية البرازيل: a country written with the noun of its state is coded
    whole, as the coding rules take an official name (the span starts after any proclitic);
    دولة is left a place noun: the gold sets code دولة الكويت both ways."""
    k = mention.first - 1
    if k < 0 or words[k] not in STATE_NOUNS or mention.start != tokens[mention.first].start:
        return
    if not any(e.kind == "country" for e in mention.candidates):
        return
    token = tokens[k]
    if token.clitics is not None and token.clitics.suffix:
        return  # جمهوريتنا: a pronoun, no name
    mention.start = token.start + _prefix_chars(token, words[k])
    mention.first = k


def _country_after_preposition(mention: Mention, words: _Words) -> bool:
    """من مالي، لدى مالي، في مالي: a common word that is a country's name (مالي, "financial")
    is the country after a preposition of place or من/لدى, where no adjective stands."""
    if not any(e.kind == "country" for e in mention.candidates) or mention.first == 0:
        return False
    if mention.start != words.tokens[mention.first].start:
        return False  # بمالي: a clitic is read by the rules of the clitic
    return words[mention.first - 1] in COUNTRY_PREPOSITIONS


def _before_its_demonym(mention: Mention, tokens: list[Token], gazetteer: Gazetteer) -> bool:
    """برشلونة الإسباني: a town followed by the nisba of its own country is that town; its
    candidates are narrowed to that country."""
    if mention.last >= len(tokens) or any(e.kind in BROAD for e in mention.candidates):
        return False
    after = tokens[mention.last]
    if after.kind != "word" or not after.norm.startswith("ال"):
        return False
    if not after.norm.endswith(("ي", "يه")):
        return False  # وإن الأتراك: a plural is no adjective of the town
    countries = {e.country for e in gazetteer.lookup(after.norm) if e.kind == "demonym"}
    inside = [e for e in mention.candidates if e.country in countries]
    if not inside:
        return False
    mention.candidates = inside
    return True


def _after_a_title(mention: Mention, tokens: list[Token], words: _Words) -> bool:
    """الرئيس فرانسوا هولاند، يدعى جاسبارو بالبي: a name right after a title or a word that
    introduces a person's name, or one word after it, is a person's (not for a country or a
    region, nor a name with a proclitic: الرئيس بالرياض)."""
    if any(e.kind in BROAD for e in mention.candidates) or mention.first == 0:
        return False
    k = mention.first - 1
    titles = G.PERSON_TITLES | G.NAME_INTRODUCERS
    if mention.start != tokens[mention.first].start:
        titles = G.NAME_INTRODUCERS  # يدعى جاسبارو بالبي, but الرئيس بالرياض
    if words[k] in titles:
        return True
    # الرئيس فرانسوا هولاند، الرئيس الفرنسي هولاند، الرئيس الفرنسي فرانسوا هولاند
    for title in (k - 1, k - 2):
        if title < 0 or words[title] not in titles:
            continue
        gap = range(title + 1, mention.first)
        if all(tokens[j].kind == "word" for j in gap) and _given_or_nisba(gap, tokens, words):
            return True
    return False


def _speaker_after_verb(mention: Mention, tokens: list[Token], words: _Words) -> bool:
    """وأضاف بور بأن، وشدد بور على أن: a small town's name right after a verb of saying
    is its subject, a person (a country or a big city there is a government: أعلنت واشنطن)."""
    if mention.first == 0 or mention.start != tokens[mention.first].start:
        return False
    if tokens[mention.first - 1].norm not in G.SAYING_VERBS:
        return False
    small = (
        e.kind in ("city", "village") and e.population < FOREIGN_TOWN for e in mention.candidates
    )
    return all(small)


def _after_a_patronymic(mention: Mention, tokens: list[Token], words: _Words) -> bool:
    """عبدالله بن محمد السويد، علي بن حسن اليمني: a name written with no proclitic right
    after بن and a father's name (a word without the article) ends a person's name."""
    k = mention.first
    if k < 2 or mention.start != tokens[k].start:
        return False
    father = tokens[k - 1]
    return (
        tokens[k - 2].norm in G.PATRONYMICS  # as written: not لابنه شاه إيران
        and father.kind == "word"
        and not words[k - 1].startswith("ال")
        and tokens[k - 2].kind == "word"
    )


def _given_or_nisba(gap: range, tokens: list[Token], words: _Words) -> bool:
    """The words between a title and a name: a given name (no article) and or a nisba
    before it (الفرنسي), at most one of each, in that order."""
    norms = [words[j] for j in gap]
    if len(norms) == 2:
        return _nisba(norms[0]) and not norms[1].startswith("ال")
    return len(norms) == 1 and (_nisba(norms[0]) or not norms[0].startswith("ال"))


def _nisba(word: str) -> bool:
    return word.startswith("ال") and word.endswith("ي") and len(word) > 4


DATELINE_CHARS = 60  # «عبدالرحمن الشهري – عسير»: the first line, a dash, the place


def _dateline(text: str) -> tuple[int, int]:
    """The span of an article's dateline place: what follows a dash on a short first line
    (``حامد القرشي – مكة المكرمة``, ``عين اليوم – أسطنبول/ديار بكر``); (0, 0) if none."""
    lead = len(text) - len(text.lstrip())
    end = text.find("\n", lead)
    if end < 0 or end - lead > DATELINE_CHARS:
        return (0, 0)
    dash = max(text.rfind(d, lead, end) for d in ("–", "—", " - "))
    if dash < 0:
        return (0, 0)
    return (dash + 1, end)


def _after_locative_clitic(mention: Mention, tokens: list[Token]) -> bool:
    """بالرياض: the name carries the preposition ب (or في written as a clitic)."""
    token = tokens[mention.first]
    return mention.start != token.start and _carries_ba(token)


def _carries_ba(token: Token) -> bool:
    """Whether the token's proclitics end in the preposition ب (بالرياض، وبحلب)."""
    return token.clitics is not None and token.clitics.prefix.endswith("ب")


def _nisba_of_a_town(mention: Mention, tokens: list[Token]) -> bool:
    """السينما الغانية: a nisba adjective after a definite noun, not the small town it also
    spells (الغانية in Syria). Big places (الإسكندرية) and countries are left alone."""
    key = mention.key
    if " " in key or not (key.startswith("ال") and key.endswith("يه")) or mention.first == 0:
        return False
    if mention.start != tokens[mention.first].start:
        return False
    before = tokens[mention.first - 1]
    if before.kind != "word" or not before.norm.startswith("ال") or before.norm in G.PARTICLES:
        return False
    return all(
        e.kind in ("city", "village") and e.population < FOREIGN_TOWN for e in mention.candidates
    )


def _after_preposition(
    mention: Mention, words: _Words, countries: frozenset[str] = frozenset()
) -> bool:
    """في الطائف، بالطائف: a preposition of place before a big place's name with the article.

    Only for a place of ``PREPOSITION_POPULATION`` or more in ``HOME``, or a town of a
    country the article is already about (``countries``: الرقة … نحو الطبقة): after في almost
    any noun may come, so the preposition only tips a name that is already likely a place.
    """
    if mention.key.startswith("ال"):
        likely = any(
            (e.country in HOME and e.population >= PREPOSITION_POPULATION)
            or (e.country in countries and e.kind == "city")
            for e in mention.candidates
        )
    else:  # إلى مسقط، بمسقط: a big town with no article; not في مسقط رأسه
        following = mention.last < len(words) and words[mention.last] in G.NOT_A_PLACE_AFTER
        likely = not following and any(
            (
                e.country in HOME
                and (e.population >= BARE_PREPOSITION_POPULATION or e.kind == "admin1")
            )
            # من فرنسا … بكاليه: a town of a foreign country the article is about
            or (e.country in countries and e.country not in HOME and e.population >= ABROAD_TOWN)
            for e in mention.candidates
        )  # إلى نينوى: a division
    if not likely:
        return False
    k = mention.first - 1
    token = words.tokens[mention.first]
    if token.clitics is not None and token.clitics.prefix[-1:] in ("ب", "ل"):
        return True
    return k >= 0 and words[k] in G.LOCATIVE_PREPOSITIONS and not _in_addition(k, words)


def _in_a_list(mention: Mention, kept: list[Mention], tokens: list[Token]) -> bool:
    """الفلوجة والرمادي، حلب، إدلب: a name joined by و or a comma to the town before it.

    A country or region before it lists no towns: في الهند، قوله إن … is no list.
    """
    if not kept or any(e.kind in BROAD for e in kept[-1].candidates):
        return False
    last = kept[-1].last
    token = tokens[mention.first]
    if last == mention.first and token.clitics is not None:
        return token.clitics.prefix.startswith("و")
    if last == mention.first - 1:
        return tokens[last].norm in ("و", ",", "،")
    return False


def _as_adjective(mention: Mention, tokens: list[Token], words: _Words) -> None:
    """الهيئة السعودية: a country named by a nisba (السعودية) after a definite noun is an
    adjective, read as the demonym of that country."""
    key = mention.key
    if " " in key or not (key.startswith("ال") and key.endswith("يه")) or mention.first == 0:
        return
    if mention.start != tokens[mention.first].start:
        return  # a proclitic (بالسعودية) makes it a noun
    before = tokens[mention.first - 1]
    # للبنوك السعودية، والهيئة السعودية: a definite noun behind a proclitic too
    definite = before.norm.startswith(("ال", "لل")) or (
        before.clitics is not None and before.clitics.article
    )
    if before.kind != "word" or not definite or before.norm in G.PARTICLES:
        return
    countries = [e for e in mention.candidates if e.kind == "country"]
    if countries:
        mention.candidates = [
            Entry(
                id=e.id,
                kind="demonym",
                name=e.name,
                country=e.country,
                admin1=None,
                lat=None,
                lon=None,
                population=0,
                names=e.names,
                name_ar=e.name_ar,
            )
            for e in countries
        ]


def recognize(doc: Document, gazetteer: Gazetteer) -> list[Mention]:
    """Every toponym mention of ``doc`` (needs tokens, sentences and entities)."""
    mentions = [_without_noun(m, doc.tokens, gazetteer) for m in find_names(doc, gazetteer)]
    words = _Words(doc.tokens)
    entities = SpanIndex(
        [e for e in doc.entities if e.type in LOC_TYPES or e.type in ("ORG", "PER", "MISC")]
    )
    nouns = _noun_positions(doc.tokens)
    listed = _noun_lists(doc, words, {m.first: m.last for m in mentions}, gazetteer, nouns)
    surnames = _surnames(mentions, doc.tokens)
    dateline = _dateline(doc.text)
    kept: list[Mention] = []
    seen: set[str] = set()
    named_countries = _countries_named(mentions)
    for mention in mentions:
        if mention.organization:
            continue
        datelined = dateline[0] <= mention.start and mention.end <= dateline[1]
        # برشلونة الإسباني، ميلان الإيطالي: the town (its team, as the coding rules take it)
        datelined = datelined or _before_its_demonym(mention, doc.tokens, gazetteer)
        span = (mention.start, mention.end)
        inside_org = person = named_entity = False
        located = _after_locative_clitic(mention, doc.tokens)
        for entity in entities.overlapping(*span):
            if entity.type == "ORG" and (entity.start, entity.end) != span:
                # بمجمع … الأولمبي بالرياض: the tagger's organization runs over the place; not
                # one that is the name's own token with its clitic (تابع لبنجلاديش)
                inside_org = entity.start <= mention.start and mention.end <= entity.end
                own_token = entity.start >= doc.tokens[mention.first].start and (
                    entity.end <= doc.tokens[mention.last - 1].end
                )
                inside_org = inside_org and not located and not own_token
            elif entity.type == "PER":
                # مستشفى الملك عبدالله ببيشة: no name of a person carries the preposition ب
                person = person or not (located and entity.start < mention.start)
            elif entity.type in LOC_TYPES:
                mention.tagged = True
            # اتفاقات سلام مينسك 2: a place in a name the tagger found is no ordinary word
            named_entity = named_entity or (entity.start, entity.end) == span
            named_entity = named_entity or (
                entity.type == "MISC"
                and entity.start <= mention.start
                and mention.end <= entity.end
            )
        noun_before = mention.first > 0 and words[mention.first - 1] in G.PLACE_NOUNS
        # طوارئ عسير، صحة الشرقية، مرور الأحساء: the place an office serves
        office = mention.first > 0 and words[mention.first - 1] in G.OFFICE_NOUNS
        noun_before = noun_before or office
        # a country's name is no person's (مرور زيمبابوي بأزمات, tagged PER)
        person = person and not any(e.kind == "country" for e in mention.candidates)
        if (inside_org or person) and not (mention.tagged or noun_before or datelined):
            continue  # محافظة صلاح الدين: the place noun outweighs the tagger's person
        if mention.key in G.FUNCTION_WORDS or _after_organization_noun(mention, doc.tokens, words):
            continue
        if _with_tanwin(doc.text, mention):
            continue  # لم يكن برداً وسلاماً: an indefinite noun (Breda), never a place's name
        if _a_prayer(mention, words):
            continue  # بعد أذان المغرب: the sunset prayer, not Morocco
        if _article_dropped(mention, doc.tokens):
            continue  # ظروف مادية قاهرة: "harsh", the name القاهرة without its article
        if _a_word_in_its_phrase(mention, doc.tokens, words) or _before_a_word(
            mention, words, gazetteer
        ):
            continue
        if not named_entity and _a_word_abroad(mention, words, named_countries):
            continue  # ويدخله جنان الخلد (Jinan), من حصار فرض عليها (Hisar)
        if _a_clitic_and_word(mention, doc.tokens, words):
            continue  # والحكم عليهم بعقوبة تعزيرية: ب + عقوبة, not Baqubah
        if not (noun_before or datelined) and _after_a_title(mention, doc.tokens, words):
            continue  # الرئيس فرانسوا هولاند، يدعى جاسبارو بالبي: a person's name
        if _speaker_after_verb(mention, doc.tokens, words):
            continue  # وأضاف بور بأن: the speaker, a person's name
        if _after_a_patronymic(mention, doc.tokens, words):
            continue  # عبدالله بن محمد السويد: a family name, even a country's
        if _quoted_title(doc.text, mention):
            continue  # «الشرق الأوسط»: a newspaper, a brand, a title
        _as_adjective(mention, doc.tokens, words)
        if not mention.tagged and _nisba_of_a_town(mention, doc.tokens):
            continue
        _modifiers(mention, doc.tokens, words)
        noun, end = listed.get(mention.first, ("", -1))
        if end == mention.last and mention.hint is None:
            mention.hint = _noun_hint(noun)  # قرى البغيلية وحطلة
        if mention.key in surnames and mention.hint is None and not datelined:
            continue  # ديفيد كاميرون … سامنثا كاميرون: a person's name in this article
        # وسط alone is no context: وسط آمال is "amid hopes"
        written = mention.hint is not None or mention.relation not in (None, "center")
        # محافظ الخرمة، حاكم الشارقة: the place an office governs
        written = written or office
        written = written or (mention.first > 0 and words[mention.first - 1] in G.PLACE_TITLES)
        if _is_common(mention.key, gazetteer):
            if (
                mention.hint is None
                and not office
                and not _region_with_preposition(mention, doc.tokens)
                and not _country_after_preposition(mention, words)
            ):
                continue  # a word that is mostly not a place: only a place noun
        elif _mostly_a_word(mention) and not (
            written
            or datelined
            or mention.tagged
            or mention.contains
            or _in_context(mention, doc.tokens, words)
            or _in_a_list(mention, kept, doc.tokens)
        ):
            continue  # مع بث الخبر، بعرض صور: a word; إلى الميادين في محافظة دير الزور
        elif not (
            written
            or datelined
            or mention.tagged
            or _after_preposition(mention, words, frozenset(seen))
            or _in_a_list(mention, kept, doc.tokens)
        ) and _ambiguous(mention, gazetteer):
            continue
        _official_name(mention, doc.tokens, words)
        kept.append(mention)
        owners = {  # the country of a big place or a division: الرقة → SY
            e.country
            for e in mention.candidates
            if e.country and (e.kind in ("country", "admin1") or e.population >= FOREIGN_TOWN)
        }
        if len(owners) == 1:
            seen.update(owners)
    # every name the gazetteer found, kept or not: the tagger does not bring back a dropped one
    named = _named_by_nouns(doc, SpanIndex(mentions), gazetteer, words, nouns, listed)
    features = SpanIndex([m for m in named if m.first < m.last - 1])
    kept = [  # أبها inside سد أبها: the feature is the place written
        m
        for m in kept
        if all((f.start, f.end) == (m.start, m.end) for f in features.overlapping(m.start, m.end))
    ]
    kept.extend(named)
    people = [e.text.split() for e in doc.entities if e.type == "PER"]
    surnames |= {normalize_word(person[-1]) for person in people if len(person) > 1}
    tagged = _tagged_only(doc, SpanIndex([*mentions, *named]), gazetteer, words)
    kept.extend(m for m in tagged if m.key not in surnames or m.hint is not None)
    kept.sort(key=lambda m: m.start)
    return kept


def _tagged_only(
    doc: Document, taken: SpanIndex[Mention], gazetteer: Gazetteer, words: _Words
) -> list[Mention]:
    """The tagger's LOC names that no gazetteer name covers: places, resolved if possible."""
    out: list[Mention] = []
    for entity in doc.entities:
        if entity.type not in LOC_TYPES or taken.overlapping(entity.start, entity.end):
            continue
        first = _token_at(doc, entity.start)
        last = _token_at(doc, entity.end - 1) + 1
        token = doc.tokens[first]
        rest = [t.norm for t in doc.tokens[first + 1 : last]]
        forms = _base_forms(token)
        form = next((f for f in forms if " ".join([f, *rest]) in gazetteer.by_name), _word(token))
        key = " ".join([form, *rest])
        if any(e.kind == "org" for e in gazetteer.lookup(key)):
            continue
        start = entity.start + _prefix_chars(token, form)
        mention = Mention(start, entity.end, key, [], first, last, tagged=True)
        mention.candidates = [e for e in gazetteer.lookup(key) if e.kind != "org"]
        _modifiers(mention, doc.tokens, words)
        if _is_common(key, gazetteer) and mention.hint is None:
            continue
        if not mention.candidates and not _in_context(mention, doc.tokens, words):
            continue  # الرئيس رفائيل كوريا دلجادو: the tagger alone, unlisted, is no evidence
        if not mention.candidates and " " not in key:  # one word no gazetteer lists
            if not _names_a_place(key):
                continue  # مدينة التدريب: a frequent word is no name
            if _verb_or_suffixed(token, key):
                continue  # يعتزل، يسكن، إعادتهم: a verb or a noun with a pronoun, no name
            if _frequencies().get(token.norm, 0) >= FREQUENT_WORD:
                continue  # ببساطة: a word frequent as written, clitic and all, is an adverb
        if _with_tanwin(doc.text, mention):
            continue
        out.append(mention)
    return out


def _verb_or_suffixed(token: Token, key: str) -> bool:
    """An unlisted word shaped like an imperfect verb (يعتزل، يسكن) or carrying a pronoun
    suffix (إعادتهم): what the tagger took for a place is no name."""
    if token.clitics is not None and token.clitics.suffix:
        return True
    return key.startswith("ي") and len(key) >= 4


def _in_context(mention: Mention, tokens: list[Token], words: _Words) -> bool:
    """A place noun, a relation or compass word, or a preposition of place before the name
    (في، إلى، نحو, or the clitic ب): what an unlisted name needs to be read as a place."""
    if mention.hint is not None or mention.relation is not None:
        return True
    if _carries_ba(tokens[mention.first]):
        return True
    k = mention.first - 1
    return k >= 0 and words[k] in G.LOCATIVE_PREPOSITIONS and not _in_addition(k, words)


def _in_addition(k: int, words: _Words) -> bool:
    """بالإضافة إلى صور الأسد: إلى after إضافة is "besides", no direction."""
    return k >= 1 and words[k] == "الي" and words[k - 1] in G.ADDITION_WORDS


def _noun_hint(noun: str) -> str:
    """The kind a naming noun gives its names (قرى → village; أحياء, unknown → city)."""
    return G.PLACE_NOUNS.get(noun, G.PLACE_NOUNS.get(noun.removesuffix("تي") + "ه", "city"))


def _names_a_place(word: str, limit: int = G.NAME_MAX_FREQUENCY) -> bool:
    """Whether a word after a naming noun may be a name: no particle, no frequent word."""
    if word in G.PARTICLES or word in G.LOCATIVE_PREPOSITIONS or word in G.FUNCTION_WORDS:
        return False
    return _frequencies().get(word, 0) <= limit


NOUNS = G.NAMING_NOUNS | G.FEATURE_NOUNS
# The written forms they may take with proclitics (وقرية، بمحافظة، ولحي): a quick filter,
# checked against the clitic analysis after.
NOUN_FORMS = frozenset(
    p + n for p in ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك") for n in NOUNS
)


def _noun_positions(tokens: list[Token]) -> list[int]:
    """The tokens that may be a naming or feature noun, with or without proclitics."""
    forms = NOUN_FORMS
    return [k for k, t in enumerate(tokens) if t.norm in forms]


def _noun_lists(
    doc: Document,
    words: _Words,
    names: dict[int, int],
    gazetteer: Gazetteer,
    nouns: list[int],
) -> dict[int, tuple[str, int]]:
    """The names listed after the first name of a naming noun, by token index, with the noun
    and the token after the name:
    قرى البغيلية وحطلة والجنينة، أحياء الأشرفية، والهلك، والسكري.

    ``names`` maps the first token of each gazetteer name to the token after it. The list
    goes on while each next word is joined by و or a comma, is no particle or frequent word
    (a comma allows a more frequent one with the article: والتحرير), and is not the head of
    a noun phrase (والمناطق المجاورة); a feature noun takes the word after it (وجبل صبر).
    """
    tokens = doc.tokens
    n = len(tokens)
    listed: dict[int, tuple[str, int]] = {}
    for k in nouns:
        if k >= n - 2:
            break
        noun = words[k]
        if noun not in G.NAMING_NOUNS or tokens[k + 1].kind != "word":
            continue
        if k + 1 not in names and not _names_a_place(tokens[k + 1].norm):
            continue
        last = names.get(k + 1, k + 2)  # the token after the current item
        while last < n:
            p, comma = last, False
            if tokens[p].kind == "punct" and tokens[p].norm in (",", "،"):
                p, comma = p + 1, True
            if p >= n or tokens[p].kind != "word":
                break
            joined, word, _ = _joined(tokens[p], words[p])
            definite = word.startswith("ال")  # a verb (وأصيب) never takes the article
            limit = G.LISTED_MAX_FREQUENCY if comma and definite else G.NAME_MAX_FREQUENCY
            # a name the gazetteer holds, joined by و (ولحج, which the analyzer reads و+ل+حج);
            # after a bare comma it may be a word (، أدى)
            gazetteer_name = joined and (p in names or word in gazetteer.by_name)
            if not (joined or comma) or word in G.DIRECTIONS or word in G.RELATIONS:
                break  # حضرموت، جنوب شرقي اليمن
            if word in G.PLACE_ADJECTIVES:
                break  # بلدة دوما، القريبة من نابلس
            if not gazetteer_name and word.endswith("وا"):
                break  # مديرية مقبنة، كمنوا لأطقم؛ وأكملوا: a verb in the plural, not a name
            if not gazetteer_name and not _names_a_place(word, limit):
                break
            feature = word in G.FEATURE_NOUNS
            end = p + 2 if feature else names.get(p, p + 1)
            after = tokens[end] if end < n else None
            if (
                not gazetteer_name
                and not feature
                and after is not None
                and after.kind == "word"
                and after.norm.startswith("ال")
                and after.norm not in G.PARTICLES
            ):
                break  # والمناطق المجاورة: a noun and its adjective, not a name
            listed[p] = (noun, end)
            last = end
    return listed


def _joined(token: Token, word: str) -> tuple[bool, str, int]:
    """Whether a listed word is joined by و, the word without it, and the characters the و
    takes: the analyzer leaves a rare name whole (وحطلة), and a word it does not split may
    still be و and a frequent word (وأصيب)."""
    if token.text.startswith("و") and (
        (token.clitics is not None and token.clitics.prefix.startswith("و")) or len(token.norm) > 3
    ):
        return True, token.norm[1:], 1  # only the و: ولحج is و + لحج, not و + ل + حج
    return False, word, 0


def _named_by_nouns(
    doc: Document,
    taken: SpanIndex[Mention],
    gazetteer: Gazetteer,
    words: _Words,
    nouns: list[int],
    listed: dict[int, tuple[str, int]] | None = None,
) -> list[Mention]:
    """Names after a naming noun (قرية، حي، محافظة، وادي، جبل) that no gazetteer holds, and
    the names listed after the first (``listed``, from ``_noun_lists``)."""
    out: list[Mention] = []
    tokens = doc.tokens
    for k in nouns:
        if k >= len(tokens) - 1:
            break
        noun = words[k]
        if noun not in NOUNS:
            continue
        name = tokens[k + 1]
        quoted = _opening(name) and k + 2 < len(tokens)
        if quoted:  # وادي "المحير": the name alone, inside the quotation marks
            name = tokens[k + 2]
        if name.kind != "word" or name.norm in G.FEATURE_NOUNS:
            continue
        if noun == "بلده" and tokens[k].text.endswith("ه"):
            continue  # بلده is "his country", not بلدة (a town)
        opened = None if quoted else _opened_name(tokens, k + 1, noun)
        if opened is not None:
            start, end_token = name.start, opened
            if not _covered(taken, start, tokens[end_token - 1].end):
                key = " ".join(t.norm for t in tokens[k + 1 : end_token])
                end = tokens[end_token - 1].end
                found = _named_by_noun(gazetteer, noun, (start, end, key, k + 1, end_token), True)
                if found is not None:
                    out.append(found)
            continue
        known = noun in G.FEATURE_NOUNS and any(  # سد أبها: a frequent word, a known town
            e.kind not in ("village", "org") for e in gazetteer.lookup(name.norm)
        )
        if not known and (noun in G.KNOWN_NAME_FEATURES or not _names_a_place(name.norm)):
            continue
        if noun == "مديريه" and name.norm.startswith("ال"):
            continue  # مديرية الجمارك is an office; مديرية دوعن a district
        feature = noun in G.FEATURE_NOUNS and not quoted
        first = tokens[k]
        start = (first.start + _prefix_chars(first, noun)) if feature else name.start
        if _covered(taken, start, name.end) or _is_common(name.norm, gazetteer):
            continue
        key = f"{noun} {name.norm}" if feature else name.norm
        first_token = k if feature else k + 1 + quoted
        where = (start, name.end, key, first_token, k + 2 + quoted)
        hinted = not feature and noun not in G.FEATURE_NOUNS
        found = _named_by_noun(gazetteer, noun, where, hinted)
        if found is not None:
            out.append(found)
    for p, (noun, end_token) in (listed or {}).items():
        token = tokens[p]
        _, word, skip = _joined(token, words[p])
        feature = word in G.FEATURE_NOUNS and end_token == p + 2
        start = token.start + skip
        end = tokens[end_token - 1].end
        if _covered(taken, start, end) or any(m.start == start for m in out):
            continue
        key = f"{word} {tokens[p + 1].norm}" if feature else word
        found = _named_by_noun(gazetteer, noun, (start, end, key, p, end_token), not feature)
        if found is not None:
            out.append(found)
    return out


def _named_by_noun(
    gazetteer: Gazetteer, noun: str, where: tuple[int, int, str, int, int], hinted: bool
) -> Mention | None:
    """The name at ``where`` (start, end, key, first and last token) after the naming noun:
    its gazetteer entries but organizations, the noun's hint when ``hinted``; none after a
    plural noun unless the gazetteer knows it (مناطق نائية، مدن صناعية: no names)."""
    start, end, key, first, last = where
    candidates = [e for e in gazetteer.lookup(key) if e.kind != "org"]
    if not candidates and noun in G.PLURAL_NAMING_NOUNS:
        return None
    mention = Mention(start, end, key, candidates, first, last)
    if hinted:
        mention.hint = _noun_hint(noun)
    return mention


TANWIN = frozenset("\u064b\u064c\u064d")


def _with_tanwin(text: str, mention: Mention) -> bool:
    """برداً، أراضٍ: a one-word name written with nunation is an indefinite noun; a place's
    name is definite or a diptote and takes none."""
    if " " in mention.key:
        return False
    return not TANWIN.isdisjoint(text[mention.start : mention.end + 1])


def _a_prayer(mention: Mention, words: _Words) -> bool:
    """صلاة المغرب، أذان المغرب، المغرب والعشاء: a prayer's time that a country shares."""
    if mention.key not in G.PRAYER_TIMES:
        return False
    before = words[mention.first - 1] if mention.first > 0 else ""
    after = words[mention.last] if mention.last < len(words) else ""
    return before in G.PRAYER_NOUNS or after in G.NEXT_PRAYERS


def _article_dropped(mention: Mention, tokens: list[Token]) -> bool:
    """قاهرة, رياض: a bare word with no proclitic read as a place whose name has the article
    (القاهرة، الرياض): the name never loses it, the word is a common noun or adjective."""
    if " " in mention.key or mention.key.startswith("ال") or not mention.candidates:
        return False
    if mention.start != tokens[mention.first].start:
        return False  # للرياض: ل took the article's letter
    biggest = max(mention.candidates, key=lambda e: e.population)
    return normalize_word(biggest.name_ar) == "ال" + mention.key


def _opening(token: Token) -> bool:
    """An opening bracket or quotation mark (قرية (دوما)، وادي "المحير")."""
    return token.kind == "punct" and token.text in ("(", "«", '"', "“")


def _opened_name(tokens: list[Token], k: int, noun: str) -> int | None:
    """حي آل بريد، محافظة أحد رفيدة: after a naming noun, a word that opens a name (آل، أبو،
    بني، أحد …) and a rare word after it are one name; the token after it, or None."""
    if noun in G.FEATURE_NOUNS or tokens[k].norm not in G.NAME_OPENERS or k + 1 >= len(tokens):
        return None
    second = tokens[k + 1]
    if second.kind != "word" or (second.norm.startswith("ال") and tokens[k].norm == "احد"):
        return None  # أحد المواطنين: "one of the citizens"
    return k + 2 if _names_a_place(second.norm) else None


def _covered(taken: SpanIndex[Mention], start: int, end: int) -> bool:
    """Whether a gazetteer name overlaps the span other than inside it: جبل alone (a village
    somewhere) does not stop the feature جبل صبر."""
    return any(m.start < start or m.end > end for m in taken.overlapping(start, end)) or any(
        (m.start, m.end) == (start, end) for m in taken.overlapping(start, end)
    )


def _token_at(doc: Document, offset: int) -> int:
    lo, hi = 0, len(doc.tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc.tokens[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


__all__ = ["Entity", "Mention", "recognize"]
