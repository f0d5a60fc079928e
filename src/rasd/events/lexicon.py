"""The event lexicon: triggers with their PLOVER type and mode, and actor names with a role.

Compiled by ``scripts/build_event_lexicon.py`` from the Arabic CAMEO dictionaries of
UniversalPetrarch (``../shared/data/petrarch-ar``, MIT) and the CAMEO→PLOVER table
(``../shared/data/plover``, CC BY-SA 4.0) into ``resources/event_lexicon.json``:

- ``blocks``: CAMEO verb blocks, each ``{"lemmas": [...], "code": CAMEO|null,
  "patterns": [[[alternative, ...], ...], CAMEO]}``. A lemma alone is an event only when the
  block (or the lemma) has a code; a pattern is a list of elements that must all follow the
  verb in its clause, each element a list of alternative word tuples (``&SET`` expanded).
- ``codes``: CAMEO code → ``[PLOVER type, mode]`` for every code the blocks use; codes PLOVER
  dropped (01 statements, 02 appeals) are absent, so they make no event.
- ``actors``: normalized name (words joined by a space) → ``[country, role]`` from the
  actor dictionary; ``agents``: normalized word group → role, from the agents dictionary.

Everything is normalized with ``rasd.text.normalize.normalize_word``; the output is sorted, so
the same sources give the same file byte for byte.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.text.normalize import normalize_word

RESOURCE = "event_lexicon.json"

# CAMEO role codes (three letters after the country) → the coarse roles rasd reports.
ROLE_CODES = {
    "GOV": "government",
    "JUD": "government",
    "LEG": "government",
    "COP": "government",
    "MIL": "military",
    "SPY": "military",
    "REB": "rebel",
    "INS": "insurgent",
    "UAF": "insurgent",
    "IMG": "insurgent",
    "CVL": "civilian",
    "OPP": "civilian",
    "REF": "civilian",
    "EDU": "civilian",
    "MED": "civilian",
    "LAB": "civilian",
    "BUS": "civilian",
    "HLH": "civilian",
    "AGR": "civilian",
    "REL": "civilian",
    "NGO": "civilian",
    "IGO": "international organization",
}
# Preference when a code names several roles (USAMILGOV): the most specific armed role first.
ROLE_ORDER = ("insurgent", "rebel", "military", "government", "international organization")
# Short function words of the CAMEO patterns: the clitic layer already separates them.
PARTICLES = frozenset(
    normalize_word(w)
    for w in ("ل", "ب", "في", "من", "على", "إلى", "الى", "عن", "مع", "ضد", "هوو", "ك", "و")
)

_BLOCK = re.compile(r"^---\s+(\S.*?)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[\s*([0-9]{2,4})\s*\]")
_ACTOR_CODE = re.compile(r"\[([A-Z~]{3,})(?:\s[^\]]*)?\]")


def _words(phrase: str) -> tuple[str, ...]:
    """Normalized content words of a dictionary phrase (``_`` and ``+`` join words)."""
    out = []
    for word in re.split(r"[\s_+]+", phrase):
        word = normalize_word(word.strip("(){}#.,"))
        if len(word) >= 2 and word not in PARTICLES:
            out.append(word)
    return tuple(out)


def read_sets(lines: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """``&NAME`` synonym sets: their members as normalized word tuples."""
    sets: dict[str, list[tuple[str, ...]]] = {}
    current: list[tuple[str, ...]] | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = sets.setdefault(line[1:].split()[0], [])
        elif line.startswith("+") and current is not None:
            words = _words(line[1:])
            if words and words not in current:
                current.append(words)
        elif line.startswith("---"):
            current = None
    return sets


def _pattern(body: str, sets: dict[str, list[tuple[str, ...]]]) -> list[list[list[str]]] | None:
    """The elements after the verb (``*``) of a pattern line, each a list of alternatives."""
    _, star, after = body.partition("*")
    if not star:
        return None
    elements: list[list[list[str]]] = []
    for group in re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", after):
        for item in re.findall(r"&\w+|[^\s(){}&]+", group):
            if item.startswith("&"):
                members = sets.get(item[1:])
                if members:
                    elements.append([list(m) for m in members])
            else:
                words = _words(item)
                if words:
                    elements.append([list(words)])
    return elements or None


def read_blocks(lines: list[str], sets: dict[str, list[tuple[str, ...]]]) -> list[dict[str, Any]]:
    """The ``--- VERB [code] ---`` blocks of a PETRARCH verb dictionary."""
    blocks: list[dict[str, Any]] = []
    block: dict[str, Any] | None = None
    for raw in lines:
        m = _BLOCK.match(raw.strip())
        if m:
            code = m.group(2).strip()
            block = {"lemmas": {}, "code": code if code.isdigit() else None, "patterns": []}
            blocks.append(block)
            head = _words(m.group(1))
            if len(head) == 1:
                block["lemmas"][head[0]] = None
            continue
        if block is None:
            continue
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("-"):
            body, _, _ = line[1:].partition("#")
            code_m = _CODE.search(body)
            if not code_m:
                continue
            elements = _pattern(body[: code_m.start()], sets)
            if elements:
                block["patterns"].append([elements, code_m.group(1)])
            continue
        body = line.split("#", 1)[0]
        code_m = _CODE.search(body)
        verb = body[: code_m.start()] if code_m else body
        verb = verb.split("+", 1)[0].strip()  # سيطر+على: the particle is not part of the lemma
        words = _words(verb)
        if len(words) == 1:
            own = code_m.group(1) if code_m else None
            block["lemmas"][words[0]] = own or block["lemmas"].get(words[0])
    out = []
    for b in blocks:
        if not b["lemmas"]:
            continue
        patterns = sorted({json.dumps(p, ensure_ascii=False) for p in b["patterns"]})
        out.append(
            {
                "lemmas": sorted(b["lemmas"].items(), key=lambda kv: kv[0]),
                "code": b["code"],
                "patterns": [json.loads(p) for p in patterns],
            }
        )
    return out


def read_plover_map(lines: list[str]) -> dict[str, tuple[str, str | None]]:
    """CAMEO code → (PLOVER type, mode) from ``CAMEO2PLOVER-2021.txt``."""
    table: dict[str, tuple[str, str | None]] = {}
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^([0-9]{2,4}):\s*(.*)$", line)
        if not m:
            continue
        code, rest = m.groups()
        fields = [f.strip() for f in rest.split(",")]
        if not fields[0] or len(code) == 2:
            continue  # a two-digit line heads a group; its codes follow
        mode = fields[1] if len(fields) > 1 and fields[1] else None
        table.setdefault(code, (fields[0], mode))
    return table


def plover_of(code: str, table: dict[str, tuple[str, str | None]]) -> tuple[str, str | None] | None:
    """The PLOVER type of a CAMEO code: its own row, else its parent's (``0231`` → ``023``),
    else the group's base code (``18x`` → ``180``); ``None`` for the dropped 01 and 02."""
    for key in (code, code[:3], code[:2] + "0"):
        if key in table:
            return table[key]
    return None


def _role(codes: str) -> tuple[str | None, str | None]:
    """(country, role) of a CAMEO actor code such as ``SYRGOV`` or ``~REB``."""
    codes = codes.lstrip("~")
    country: str | None = None
    roles = []
    parts = [codes[i : i + 3] for i in range(0, len(codes), 3)]
    for i, part in enumerate(parts):
        if part in ROLE_CODES:
            roles.append(ROLE_CODES[part])
        elif i == 0 and part.isalpha():
            country = part
    role = next((r for r in ROLE_ORDER if r in roles), roles[0] if roles else None)
    return country, role


def read_actors(lines: list[str]) -> dict[str, tuple[str | None, str | None]]:
    """Actor names → (country, role); a name with several dated codes takes the first."""
    actors: dict[str, tuple[str | None, str | None]] = {}
    name: str | None = None
    for raw in lines:
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[0] in " \t" and raw.strip().startswith("["):
            m = _ACTOR_CODE.search(raw)
            if name and m and name not in actors:
                actors[name] = _role(m.group(1))
            continue
        body = raw.split("#", 1)[0].strip()
        m = _ACTOR_CODE.search(body)
        words = _words(body[: m.start()] if m else body)
        name = " ".join(words) if words else None
        if name and m and name not in actors:
            actors[name] = _role(m.group(1))
    return {k: v for k, v in actors.items() if v != (None, None)}


def read_agents(lines: list[str]) -> dict[str, str]:
    """Agent word groups (``مقاتل انفصالي``) → coarse role."""
    agents: dict[str, str] = {}
    for raw in lines:
        body = raw.split("#", 1)[0].strip()
        m = _ACTOR_CODE.search(body)
        if not m:
            continue
        _, role = _role(m.group(1))
        words = _words(body[: m.start()])
        if role and words:
            agents.setdefault(" ".join(words), role)
    return agents


def _read(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def compile_lexicon(petrarch_dir: Path, plover_dir: Path) -> dict[str, Any]:
    """The whole lexicon, from the two shared dataset folders."""
    verb_lines = _read(petrarch_dir / "CAMEO.ar.0.5.txt")
    sets = read_sets(verb_lines + _read(petrarch_dir / "synsets.ar.txt"))
    blocks = read_blocks(verb_lines, sets)
    blocks += read_blocks(_read(petrarch_dir / "verbs_assualt_only.txt"), sets)
    table = read_plover_map(_read(plover_dir / "CAMEO2PLOVER-2021.txt"))
    used = {b["code"] for b in blocks if b["code"]}
    used |= {code for b in blocks for _, code in b["lemmas"] if code}
    used |= {code for b in blocks for _, code in b["patterns"]}
    codes = {}
    for code in sorted(used):
        mapped = plover_of(code, table)
        if mapped:
            codes[code] = list(mapped)
    unique: dict[str, dict[str, Any]] = {}
    for b in blocks:
        unique.setdefault(json.dumps(b, ensure_ascii=False, sort_keys=True), b)
    actors = read_actors(_read(petrarch_dir / "actor_dict_ar_v4.txt"))
    agents = read_agents(_read(petrarch_dir / "agents.all.ar_v3.txt"))
    return {
        "blocks": [unique[k] for k in sorted(unique)],
        "codes": codes,
        "actors": {k: list(actors[k]) for k in sorted(actors)},
        "agents": {k: agents[k] for k in sorted(agents)},
    }


def write_lexicon(lexicon: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(lexicon, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")


@cache
def shipped() -> dict[str, Any]:
    """The lexicon that ships in the package."""
    raw = (resources.files("rasd") / "resources" / RESOURCE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data
