"""The dates stage: calendar dates, years, Hijri dates and relative expressions, normalized."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from rasd.document import DateMention, Document, Token
from rasd.lang import ar_numbers as L
from rasd.stages.base import Stage

_PREFIXES = ("و", "ب", "ف", "ل")


@dataclass(frozen=True, slots=True)
class _Found:
    """Tokens ``[start, end)`` of a date and what it means."""

    start: int
    end: int
    value: str | None
    precision: str
    relative: bool = False


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Hijri date in the tabular (arithmetic) Islamic calendar."""
    jd = (
        day
        + math.ceil(29.5 * (month - 1))
        + (year - 1) * 354
        + (3 + 11 * year) // 30
        + 1948439.5
        - 1
    )
    return dt.date.fromordinal(int(jd - 1721424.5))


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between two short strings."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _bare(word: str) -> str:
    """``ونيسان`` → ``نيسان``: one conjunction or preposition letter off, where one is there."""
    return word[1:] if len(word) > 3 and word[0] in _PREFIXES else word


def _table_match(
    words: Sequence[str], i: int, table: dict[tuple[str, ...], int]
) -> tuple[int, int] | None:
    """``(month, length)`` of a month name from ``table`` at ``words[i]``."""
    for name, month in table.items():
        if len(name) == 2 and tuple(words[i : i + 2]) == name:
            return month, 2
    for name, month in table.items():
        if len(name) == 1 and (words[i] == name[0] or _bare(words[i]) == name[0]):
            return month, 1
    return None


def month_at(words: Sequence[str], i: int, fuzzy: bool = False) -> tuple[int, int] | None:
    """``(month, length)`` of a Gregorian month name at ``words[i]``; with ``fuzzy``, also a
    misspelling within one edit (two for long names) of a one-word name: ``بريل`` → أبريل."""
    if i >= len(words):
        return None
    found = _table_match(words, i, L.MONTHS)
    if found is not None or not fuzzy or len(words[i]) < 3:
        return found
    word = words[i]
    for name, month in L.MONTHS.items():
        limit = 1 if len(name[0]) <= 5 else 2
        if len(name) == 1 and len(name[0]) >= 4 and edit_distance(word, name[0]) <= limit:
            return month, 1
    return None


def _int(tok: Token | None) -> int | None:
    # a day, month or year has at most four digits; a longer run is no date part (and a very
    # long one would exceed Python's limit on int() of a digit string)
    if tok is None or tok.kind != "number" or not tok.norm.isdecimal() or len(tok.norm) > 4:
        return None
    return int(tok.norm)


def _year(value: int | None) -> bool:
    return value is not None and 1900 <= value <= 2100


def _iso(year: int, month: int, day: int | None = None) -> str | None:
    try:
        if day is None:
            return dt.date(year, month, 1).strftime("%Y-%m")
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


class _Reader:
    """Reads the dates of one sentence."""

    def __init__(self, toks: Sequence[Token], published: dt.date | None) -> None:
        self.toks = toks
        self.words = [t.norm for t in toks]
        self.published = published

    def tok(self, i: int) -> Token | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def read(self) -> list[_Found]:
        found: list[_Found] = []
        i = 0
        while i < len(self.toks):
            hit = (
                self.numeric(i)
                or self.day_month(i)
                or self.hijri(i)
                or self.year(i)
                or self.relative_day(i)
                or self.weekday(i)
                or self.period(i)
            )
            if hit is None:
                i += 1
                continue
            found.append(hit)
            i = hit.end
        return found

    def _year_after(self, k: int) -> tuple[int | None, int]:
        """A year at ``k`` (after an optional comma or عام), with a trailing م: value, end."""
        j = k + 1 if self.word(k) in ("،", ",") or self.word(k) in L.YEAR_WORDS else k
        year = _int(self.tok(j))
        if not _year(year):
            return None, k
        j += 1
        if self.word(j) in L.CE_MARKS:
            j += 1
        return year, j

    def numeric(self, i: int) -> _Found | None:
        """26/4/2017, 26-4-2017, 2017-04-26."""
        parts = [_int(self.tok(i + k)) for k in (0, 2, 4)]
        seps = {self.word(i + 1), self.word(i + 3)}
        if None in parts or len(seps) != 1 or seps.pop() not in ("/", "-", "."):
            return None
        a, b, c = (p or 0 for p in parts)
        value = _iso(a, b, c) if a > 31 else _iso(c, b, a)
        if value is None or not _year(int(value[:4])):
            return None
        return _Found(i, i + 5, value, "day")

    def day_month(self, i: int) -> _Found | None:
        """[day] month[/month] [year]: 26 أبريل/نيسان 2017, نيسان 2017, 26 بريل /نيسان."""
        day = _int(self.tok(i))
        k = i + 1 if day is not None and 1 <= day <= 31 else i
        if k == i + 1 and self.word(k) == "من":
            k += 1
        has_day = k > i
        month = month_at(self.words, k, fuzzy=False)
        paired = False
        if month is None and has_day and self.word(k + 1) in ("/", "("):
            month = month_at(self.words, k, fuzzy=True)  # a misspelling needs a paired month
            paired = month is not None and month_at(self.words, k + 2) is not None
            if not paired:
                month = None
        if month is None:
            return None
        number, length = month
        end = k + length
        if self.word(end) in ("/", "(") and (second := month_at(self.words, end + 1)):
            paired = True
            end = end + 1 + second[1]
            if self.word(end) == ")":
                end += 1
            if month_at(self.words, k) is None:
                number = second[0]
        year, after = self._year_after(end)
        name = tuple(self.words[k : k + length])
        if not has_day and year is None:
            cue = self.word(i - 1) in ("في", "شهر", "منذ", "خلال", "مطلع", "اواخر", "منتصف")
            if name in L.AMBIGUOUS_MONTHS or not cue:
                return None
        if name in L.AMBIGUOUS_MONTHS and not (has_day or year or paired):
            return None
        start = i
        if year is None:
            if self.published is None:
                return _Found(start, end, None, "day" if has_day else "month", relative=True)
            year = self.published.year
        else:
            end = after
        value = _iso(year, number, day if has_day else None)
        if value is None:
            return None
        return _Found(start, end, value, "day" if has_day else "month")

    def hijri(self, i: int) -> _Found | None:
        """15 رمضان 1438 هـ: converted with the tabular Islamic calendar."""
        day = _int(self.tok(i))
        if day is None or not 1 <= day <= 30:
            return None
        month = _table_match(self.words, i + 1, L.HIJRI_MONTHS) if i + 1 < len(self.words) else None
        if month is None:
            return None
        number, length = month
        year = _int(self.tok(i + 1 + length))
        if year is None or not 1300 <= year <= 1500:
            return None
        end = i + 2 + length
        if self.word(end) in L.HIJRI_MARKS:
            end += 1
        date = hijri_to_gregorian(year, number, day)
        return _Found(i, end, date.isoformat(), "day")

    def year(self, i: int) -> _Found | None:
        """عام 2013, منذ 2013 (the cue word is in the span only when it names the year)."""
        if self.word(i) not in L.YEAR_CUES:
            return None
        year = _int(self.tok(i + 1))
        if not _year(year) or len(self.word(i + 1)) != 4:
            return None
        end = i + 2
        if self.word(end) in L.CE_MARKS:
            end += 1
        start = i if self.word(i) in L.YEAR_WORDS else i + 1
        return _Found(start, end, str(year), "year")

    def _shift(self, days: int) -> str | None:
        if self.published is None:
            return None
        return (self.published + dt.timedelta(days=days)).isoformat()

    def relative_day(self, i: int) -> _Found | None:
        """أمس, اليوم, غدا, أول أمس."""
        for name, offset in L.RELATIVE_DAYS.items():
            if tuple(self.words[i : i + len(name)]) == name:
                return _Found(i, i + len(name), self._shift(offset), "day", relative=True)
        return None

    def _future(self, i: int, after: int) -> bool:
        if self.word(after) in L.NEXT:
            return True
        for k in range(max(0, i - 4), i):
            tok = self.toks[k]
            if tok.norm in L.FUTURE_WORDS or (tok.clitics and "س" in tok.clitics.prefix):
                return True
        return False

    def weekday(self, i: int) -> _Found | None:
        """يوم الثلاثاء: the nearest such day before publication, or after it in the future."""
        k = i + 1 if self.word(i) in L.DAY_WORDS else i
        name = self.word(k)
        if name not in L.WEEKDAYS or (k == i and name in L.AMBIGUOUS_WEEKDAYS):
            return None
        end = k + 1
        future = self._future(i, end)
        if self.word(end) in L.NEXT | L.PAST:
            end += 1
        if self.published is None:
            return _Found(i, end, None, "day", relative=True)
        forward = (L.WEEKDAYS[name] - self.published.weekday()) % 7 or 7
        back = (self.published.weekday() - L.WEEKDAYS[name]) % 7
        days = forward if future else -back
        return _Found(i, end, self._shift(days), "day", relative=True)

    def period(self, i: int) -> _Found | None:
        """الشهر الماضي, الأسبوع المقبل, العام الماضي, أواخر الشهر الماضي."""
        k = i + 1 if self.word(i) in L.PERIOD_PARTS else i
        unit = L.PERIODS.get(self.word(k))
        which = self.word(k + 1)
        if unit is None:
            return None
        if which in L.PAST:
            step = -1
        elif which in L.NEXT:
            step = 1
        elif which in L.CURRENT:
            step = 0
        else:
            return None
        end = k + 2
        if self.published is None:
            return _Found(i, end, None, unit, relative=True)
        pub = self.published
        if unit == "year":
            value = str(pub.year + step)
        elif unit == "month":
            index = pub.year * 12 + pub.month - 1 + step
            value = f"{index // 12:04d}-{index % 12 + 1:02d}"
        else:
            monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
            value = monday.isoformat()
        return _Found(i, end, value, unit, relative=True)


def _published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


class DateFinder(Stage):
    name = "dates"
    needs = frozenset({"tokens", "sentences"})
    provides = frozenset({"dates"})

    def __call__(self, doc: Document) -> Document:
        published = _published(doc.published)
        dates: list[DateMention] = []
        for sentence in doc.sentences:
            toks = doc.sentence_tokens(sentence)
            for hit in _Reader(toks, published).read():
                start, end = toks[hit.start].start, toks[hit.end - 1].end
                dates.append(
                    DateMention(
                        start=start,
                        end=end,
                        text=doc.text[start:end],
                        value=hit.value,
                        precision=hit.precision,
                        relative=hit.relative,
                    )
                )
        doc.dates = dates
        return doc
