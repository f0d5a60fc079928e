"""Actor lookup: a country and a coarse role for a span of tokens.

Names come from the compiled CAMEO actor and agent dictionaries (``resources/event_lexicon.json``,
lemma forms without the article: ``وزارة دفاع أميركي``) and from the hand-written
``rasd/lang/event_actors.tsv`` (groups of current news the dictionary lacks: داعش, وحدات حماية
الشعب …). A span is matched word by word through every form of each token (with and without
clitics, feminine and plural endings), longest name first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rasd.document import Token
from rasd.events.lexicon import shipped
from rasd.text.normalize import normalize_word

SUPPLEMENT = "event_actors.tsv"
MAX_WORDS = 6


@dataclass(frozen=True, slots=True)
class ActorInfo:
    country: str | None
    role: str | None


def _key(name: str) -> str:
    return " ".join(normalize_word(w) for w in name.split())


@cache
def names() -> dict[str, ActorInfo]:
    """Normalized name → country and role; the hand-written table wins."""
    lexicon = shipped()
    table: dict[str, ActorInfo] = {}
    for name, role in lexicon["agents"].items():
        table[name] = ActorInfo(None, role)
    for name, (country, role) in lexicon["actors"].items():
        table[name] = ActorInfo(country if country and country != "IGO" else None, role)
    text = (resources.files("rasd") / "lang" / SUPPLEMENT).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [*line.split("\t"), "", ""][:3]
        name, country, role = (c.strip() for c in cells)
        info = ActorInfo(country or None if country != "IGO" else None, role or None)
        table[_key(name)] = info
        words = _key(name).split()
        if words[0].startswith("ال") and len(words[0]) > 3:  # الجيش is also جيش
            table[" ".join([words[0][2:], *words[1:]])] = info
    return table


def token_forms(token: Token) -> tuple[str, ...]:
    """Forms of a token to look up: as written, without clitics, without gender and number
    endings (``الأمريكية`` → ``امريكي``)."""
    out: list[str] = []
    for form in token.match_forms:
        for variant in (form, form[:-1] if form.endswith("ه") else "", _singular(form)):
            if variant and variant not in out:
                out.append(variant)
    return tuple(out)


def _singular(form: str) -> str:
    for ending in ("ون", "ين", "و", "ي"):
        if form.endswith(ending) and len(form) - len(ending) >= 3:
            return form[: -len(ending)]
    return ""


@cache
def first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in names())


def lookup(tokens: Sequence[Token]) -> tuple[ActorInfo | None, int, int]:
    """The longest known name inside ``tokens``: its info and token range, or ``None``."""
    table = names()
    firsts = first_words()
    forms = [token_forms(t) for t in tokens]
    best: tuple[ActorInfo | None, int, int] = (None, 0, 0)
    for i in range(len(tokens)):
        if not any(f in firsts for f in forms[i]):
            continue
        for j in range(min(len(tokens), i + MAX_WORDS), i, -1):
            if j - i <= best[2] - best[1]:
                break
            info = _match(forms[i:j], table)
            if info is not None:
                best = (info, i, j)
                break
    return best


def _match(forms: Sequence[tuple[str, ...]], table: dict[str, ActorInfo]) -> ActorInfo | None:
    keys = [""]
    for options in forms:
        keys = [f"{k} {o}".strip() for k in keys for o in options][:64]
    for key in keys:
        if key in table:
            return table[key]
    return None


def describe(tokens: Sequence[Token]) -> ActorInfo:
    """Country and role of an actor span: the longest known name in it, its country filled
    from any other name of the span."""
    info, i, j = lookup(tokens)
    if info is None:
        return ActorInfo(None, None)
    if info.country is None:
        other, _, _ = lookup([*tokens[:i], *tokens[j:]])
        if other is not None and other.country:
            return ActorInfo(other.country, info.role)
    return info
