"""The dates stage: calendar dates, years, Hijri dates and relative expressions, normalized."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from hijridate import Gregorian, Hijri

from rasd.document import DateMention, Document, Token
from rasd.lang import ar_numbers as L
from rasd.numbers import parse_number
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


def hijri_date(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Hijri date: the Umm al-Qura calendar (Saudi Arabia's official
    one, via hijridate) where it is defined, else the tabular calendar."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return hijri_to_gregorian(year, month, day)
    return dt.date(g.year, g.month, g.day)


def hijri_today(day: dt.date) -> tuple[int, int]:
    """The Hijri (year, month) of a Gregorian date, Umm al-Qura where defined, else tabular."""
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        year = round((day.toordinal() - hijri_to_gregorian(1, 1, 1).toordinal()) / 354.367) + 1
        month = next((m for m in range(12, 0, -1) if hijri_to_gregorian(year, m, 1) <= day), 1)
        return year, month
    return h.year, h.month


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


@dataclass(frozen=True, slots=True)
class _MonthIndex:
    """A month table as lookups: two-word names, and one-word names with their table order."""

    pairs: dict[tuple[str, ...], int]
    singles: dict[str, tuple[int, int]]  # name -> (order in the table, month)
    firsts: frozenset[str]  # every word a name of the table can start with


def _index(table: dict[tuple[str, ...], int]) -> _MonthIndex:
    pairs: dict[tuple[str, ...], int] = {}
    singles: dict[str, tuple[int, int]] = {}
    for order, (name, month) in enumerate(table.items()):
        if len(name) == 2:
            pairs.setdefault(name, month)
        elif len(name) == 1:
            singles.setdefault(name[0], (order, month))
    return _MonthIndex(pairs, singles, frozenset(n[0] for n in table))


_MONTHS = _index(L.MONTHS)
_HIJRI = _index(L.HIJRI_MONTHS)
_FUZZY_MONTHS = tuple(
    (name[0], month, 1 if len(name[0]) <= 5 else 2)
    for name, month in L.MONTHS.items()
    if len(name) == 1 and len(name[0]) >= 4
)
_RELATIVE_FIRSTS = frozenset(name[0] for name in L.RELATIVE_DAYS)
# Words a date can start with, besides a number and a month name (with a prefix letter or not).
_STARTERS = (
    L.YEAR_CUES
    | _RELATIVE_FIRSTS
    | L.DAY_WORDS
    | frozenset(L.WEEKDAYS)
    | L.PERIOD_PARTS
    | frozenset(L.PERIODS)
    | _MONTHS.firsts
    | _HIJRI.firsts
    | L.THIS
    | L.DURATION_CUES
    | frozenset({"شهر", "بشهر", "لشهر", "وشهر"})
    | frozenset(p + w for p in _PREFIXES for w in L.YEAR_CUES)
    | frozenset(_MONTHS.singles)
    | frozenset(p + m for p in _PREFIXES for m in _MONTHS.singles if len(p + m) > 3)
)


def _table_match(words: Sequence[str], i: int, index: _MonthIndex) -> tuple[int, int] | None:
    """``(month, length)`` of a month name of ``index`` at ``words[i]``."""
    word = words[i]
    if word in index.firsts and i + 1 < len(words):
        month = index.pairs.get((word, words[i + 1]))
        if month is not None:
            return month, 2
    exact = index.singles.get(word)
    bare = _bare(word)
    stripped = index.singles.get(bare) if bare is not word else None
    if exact is None and stripped is None:
        return None
    if exact is None or (stripped is not None and stripped[0] < exact[0]):
        exact = stripped
    assert exact is not None
    return exact[1], 1


_MONTH_CUES = frozenset({"في", "شهر", "منذ", "خلال", "حتي", "قبل", "بعد"}) | L.PERIOD_PARTS
_HEDGE_WORDS = frozenset(w for seq in L.HEDGES for w in seq)


def _can_start(tok: Token) -> bool:
    """Whether a date can start at ``tok``: the set lookup that skips most tokens."""
    return tok.norm in _STARTERS or tok.kind == "number"


def month_at(words: Sequence[str], i: int, fuzzy: bool = False) -> tuple[int, int] | None:
    """``(month, length)`` of a Gregorian month name at ``words[i]``; with ``fuzzy``, also a
    misspelling within one edit (two for long names) of a one-word name: ``بريل`` → أبريل."""
    if i >= len(words):
        return None
    found = _table_match(words, i, _MONTHS)
    if found is not None or not fuzzy or len(words[i]) < 3:
        return found
    word = words[i]
    for name, month, limit in _FUZZY_MONTHS:
        if abs(len(word) - len(name)) <= limit and edit_distance(word, name) <= limit:
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
        starts = [k for k, tok in enumerate(self.toks) if _can_start(tok)]
        for i in starts:
            if found and i < found[-1].end:
                continue
            hit = (
                self.numeric(i)
                or self.day_month(i)
                or self.hijri(i)
                or self.hijri_month(i)
                or self.hijri_year(i)
                or self.duration(i)
                or self.year(i)
                or self.relative_day(i)
                or self.weekday(i)
                or self.period(i)
            )
            if hit is not None:
                found.append(hit)
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
            if self.word(k) == "شهر":
                k += 1  # الـ11 من شهر أكتوبر
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
        elif (second := month_at(self.words, end)) is not None and second[0] == number:
            paired = True  # مايو أيار: the two namings side by side
            end += second[1]
        year, after = self._year_after(end)
        name = tuple(self.words[k : k + length])
        if not has_day and year is None and not paired:
            cue = self.word(i - 1) in _MONTH_CUES or self.word(end) in L.PAST | L.NEXT
            if name in L.AMBIGUOUS_MONTHS or not cue:
                return None
        if name in L.AMBIGUOUS_MONTHS and not (has_day or year or paired):
            return None
        start = i
        if year is None:
            step = 0
            if self.word(end) in L.PAST:
                step, end = -1, end + 1
            elif self.word(end) in L.NEXT or self.word(end) in L.CURRENT:
                step, end = 1, end + 1
            if self.published is None:
                return _Found(start, end, None, "day" if has_day else "month", relative=True)
            year = self.published.year
            if step < 0 and number > self.published.month:
                year -= 1  # يونيو الماضي, published in May: last year's June
            elif step > 0 and number < self.published.month:
                year += 1  # يناير المقبل, published in May: next year's
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
        month = _table_match(self.words, i + 1, _HIJRI) if i + 1 < len(self.words) else None
        if month is None:
            return None
        number, length = month
        year = _int(self.tok(i + 1 + length))
        if year is None or not 1300 <= year <= 1500:
            return None
        end = i + 2 + length
        if self.word(end) in L.HIJRI_MARKS:
            end += 1
        date = hijri_date(year, number, day)
        return _Found(i, end, date.isoformat(), "day")

    def hijri_month(self, i: int) -> _Found | None:
        """شهر رمضان, رمضان 1436 هـ, في شوال المقبل: the Gregorian month of the Hijri month's
        15th day; without a year, the last such month before publication (the next with
        المقبل)."""
        k = i + 1 if self.word(i) in ("شهر", "بشهر", "لشهر", "وشهر") else i
        if k >= len(self.words):
            return None
        month = _table_match(self.words, k, _HIJRI)
        if month is None:
            return None
        number, length = month
        end = k + length
        year = _int(self.tok(end))
        name = tuple(self.words[k:end])
        if year is not None and 1300 <= year <= 1500:
            end += 1
            if self.word(end) in L.HIJRI_MARKS:
                end += 1
            middle = hijri_date(year, number, 15)
            return _Found(i, end, f"{middle.year:04d}-{middle.month:02d}", "month")
        if k == i and (name in L.AMBIGUOUS_HIJRI or self.word(i - 1) not in _MONTH_CUES):
            return None
        step = 0
        if self.word(end) in L.NEXT:
            step, end = 1, end + 1
        elif self.word(end) in L.PAST:
            step, end = -1, end + 1
        elif self.word(end) in ("المبارك", "الكريم", "المعظم"):
            end += 1
        if self.published is None:
            return _Found(i, end, None, "month", relative=True)
        h_year, h_month = hijri_today(self.published)
        if step > 0:
            h_year += int(number <= h_month)
        elif number > h_month or (step < 0 and number == h_month):
            h_year -= 1
        middle = hijri_date(h_year, number, 15)
        return _Found(i, end, f"{middle.year:04d}-{middle.month:02d}", "month", relative=True)

    def hijri_year(self, i: int) -> _Found | None:
        """عام 1436 هـ, 1436هـ: the Gregorian year of the Hijri year's middle."""
        k = i + 1 if self.word(i) in L.YEAR_WORDS else i
        year = _int(self.tok(k))
        if year is None or not 1300 <= year <= 1500 or self.word(k + 1) not in L.HIJRI_MARKS:
            return None
        return _Found(i, k + 2, str(hijri_date(year, 7, 1).year), "year")

    def year(self, i: int) -> _Found | None:
        """عام 2013, منذ 2013, سنة 1857, 2015م; a bare four-digit year before punctuation.

        The cue word is in the span only when it names the year (عام, not منذ)."""
        word = self.word(i)
        cue = word if word in L.YEAR_CUES else _bare(word)
        if cue in L.YEAR_CUES:
            year = _int(self.tok(i + 1))
            low = 1000 if word in L.YEAR_WORDS else 1900
            if year is None or not low <= year <= 2100 or len(self.word(i + 1)) != 4:
                return self._bare_year(i)
            end = i + 2
            if self.word(end) in L.CE_MARKS:
                end += 1
            start = i if word in L.YEAR_WORDS else i + 1
            return _Found(start, end, str(year), "year")
        return self._bare_year(i)

    def _bare_year(self, i: int) -> _Found | None:
        """2015م, or 2015 with no word after it (النصف الأول 2015،), not after a hedge."""
        year = _int(self.tok(i))
        if not _year(year) or len(self.word(i)) != 4:
            return None
        after = self.tok(i + 1)
        if after is not None and after.norm in L.CE_MARKS:
            return _Found(i, i + 2, str(year), "year")
        before = self.word(i - 1)
        if before in _HEDGE_WORDS or before in L.LABEL_WORDS or _int(self.tok(i - 1)) is not None:
            return None
        if after is None or (after.kind == "punct" and after.norm not in "-/:.%"):
            return _Found(i, i + 1, str(year), "year")
        if after.norm == "." and _int(self.tok(i + 2)) is None:
            return _Found(i, i + 1, str(year), "year")  # 2004. at the end of a sentence
        then = self.tok(i + 2)
        spans_years = then is not None and len(then.norm) == 4 and _year(_int(then))
        if after.norm in ("الي", "-", "حتي") and spans_years:
            return _Found(i, i + 1, str(year), "year")  # (2002 إلى 2005): a span of years
        return None

    def duration(self, i: int) -> _Found | None:
        """منذ ستة أعوام, قبل 20 عاما, منذ ما يقارب 4 سنوات, منذ سنة, قبل يومين: the
        publication date less the duration, at the precision of its unit."""
        if self.word(i) not in L.DURATION_CUES:
            return None
        k = i + 1
        for seq in L.HEDGES:
            if tuple(self.words[k : k + len(seq)]) == seq:
                k += len(seq)
                break
        unit = L.DURATION_UNITS.get(self.word(k))
        dual = L.DURATION_DUALS.get(self.word(k))
        if dual is not None:
            count, unit, end = 2.0, dual, k + 1
        elif unit is not None and self.word(k) in ("يوم", "اسبوع", "شهر", "سنه", "عام"):
            if _int(self.tok(k + 1)) is not None:
                return None  # منذ عام 2011 is a year
            count, end = 1.0, k + 1  # منذ سنة
        else:
            amount = parse_number(self.words, k)
            if amount is None or amount.end >= len(self.words) or amount.value != int(amount.value):
                return None
            unit = L.DURATION_UNITS.get(self.word(amount.end))
            if unit is None or not 0 < amount.value <= 1000:
                return None
            count, end = amount.value, amount.end + 1
        if self.word(end) == "تقريبا":
            end += 1
        if self.published is None:
            return _Found(i, end, None, unit, relative=True)
        return _Found(i, end, _before(self.published, int(count), unit), unit, relative=True)

    def _shift(self, days: int) -> str | None:
        if self.published is None:
            return None
        return (self.published + dt.timedelta(days=days)).isoformat()

    def relative_day(self, i: int) -> _Found | None:
        """أمس, اليوم, غدا, أول أمس; with a weekday after it, one span: اليوم (الاثنين)."""
        if self.word(i) not in _RELATIVE_FIRSTS:
            return None
        name = next((n for n in L.RELATIVE_DAYS if tuple(self.words[i : i + len(n)]) == n), None)
        if name is None:
            return None
        offset, end = L.RELATIVE_DAYS[name], i + len(name)
        if name == ("اليوم",) and (
            self.word(i - 1) in L.NOT_TODAY_BEFORE or self.word(end) in L.NOT_TODAY_AFTER
        ):
            return None
        k = end + 1 if self.word(end) == "(" else end
        weekday = L.WEEKDAYS.get(self.word(k))
        if weekday is None:
            return _Found(i, end, self._shift(offset), "day", relative=True)
        end = k + 2 if self.word(k) != self.word(end) and self.word(k + 1) == ")" else k + 1
        full = self.numeric(end) or self.day_month(end)
        if full is not None and full.precision == "day" and full.value is not None:
            return _Found(i, full.end, full.value, "day", relative=True)  # اليوم الاثنين 10 أغسطس
        if self.published is None:
            return _Found(i, end, None, "day", relative=True)
        anchor = self.published + dt.timedelta(days=offset)
        if offset > 0:
            date = anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
        else:
            date = anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)
        return _Found(i, end, date.isoformat(), "day", relative=True)

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
        if name not in L.WEEKDAYS:
            return None
        end = k + 1
        if k == i and name in L.AMBIGUOUS_WEEKDAYS and self.word(end) not in L.NEXT | L.PAST:
            return None
        future = self._future(i, end)
        if self.word(end) in L.NEXT | L.PAST:
            end += 1
        at = end + 1 if self.word(end) in ("،", ",", "(") else end
        date = self.numeric(at) or self.day_month(at)
        if date is not None and date.precision == "day" and date.value is not None:
            return _Found(i, date.end, date.value, "day", date.relative)
        if self.published is None:
            return _Found(i, end, None, "day", relative=True)
        forward = (L.WEEKDAYS[name] - self.published.weekday()) % 7 or 7
        back = (self.published.weekday() - L.WEEKDAYS[name]) % 7
        days = forward if future else -back
        return _Found(i, end, self._shift(days), "day", relative=True)

    def period(self, i: int) -> _Found | None:
        """الشهر الماضي, الأسبوع المقبل, العام الماضي, أواخر الشهر الماضي."""
        k = i + 1 if self.word(i) in L.PERIOD_PARTS else i
        this = self.word(k) in L.THIS
        unit = L.PERIODS.get(self.word(k + 1 if this else k))
        which = self.word(k + 1)
        if unit is None:
            return None
        if this:
            step, end = 0, k + 2
        elif which in L.PAST:
            step = -1
        elif which in L.NEXT:
            step = 1
        elif which in L.CURRENT:
            step = 0
        else:
            return None
        if not this:
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


def _before(published: dt.date, count: int, unit: str) -> str | None:
    """The date ``count`` units before ``published``, written at the unit's precision."""
    if unit == "day":
        return (published - dt.timedelta(days=count)).isoformat()
    if unit == "week":
        day = published - dt.timedelta(weeks=count)
        return (day - dt.timedelta(days=day.weekday())).isoformat()
    if unit == "month":
        index = published.year * 12 + published.month - 1 - count
        return f"{index // 12:04d}-{index % 12 + 1:02d}" if index >= 0 else None
    return str(published.year - count) if published.year > count else None


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
