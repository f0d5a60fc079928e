"""The quotes stage: who said what — direct quotes, reported speech and their speakers.

A statement starts at a reporting word (``وقال``، ``وأضافت``، ``قائلا``، ``وقيل``) or an
attribution (``وفقا لما أفاد به``، ``بحسب``). After the verb comes the speaker (or none: a
continuation or a passive), then what introduces the content: a quotation mark (direct), a
colon or ``أن``/``إن``/``بأن`` (reported, to the end of the sentence). A short quotation with
no reporting word before it (``تنظيم "داعش"``) is a name, not speech. Quotation marks are
paired by ``rasd.quotes.marks``; speakers are read by ``rasd.quotes.speakers``.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.document import Document, Quote, Ref, Token
from rasd.lang import ar_quotes as data
from rasd.quotes.lexicon import (
    CueForm,
    cue_of,
    in_list,
    is_bare_complementizer,
    is_complementizer,
)
from rasd.quotes.marks import MarkPairer, Quoted
from rasd.quotes.speakers import (
    Speaker,
    entity_before,
    is_anaphoric,
    previous_speaker,
    speaker_from_tokens,
    subject_after,
)
from rasd.stages.base import Stage

MAX_INTRODUCER_DISTANCE = 45  # tokens from the verb to its colon, quotation mark or أن
_COMMAS = frozenset(["،", ",", "؛", ";"])
_TRIM = _COMMAS | frozenset([".", ":", "؟", "?", "!", "-", "…"])


@dataclass(frozen=True, slots=True)
class _Content:
    first: int  # token range of the content
    stop: int
    direct: bool
    pair: Quoted | None = None


class _Article:
    """The statements of one document, found in one pass over its tokens."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.cues: dict[int, CueForm] = {}
        for i, token in enumerate(self.tokens):
            cue = cue_of(token)
            if cue is not None:
                self.cues[i] = cue
        pairer = MarkPairer(doc, self._opens, self._resumes)
        self.sentence_of = pairer.sentence_of
        self.pairs = {q.opener: q for q in pairer.pairs() if q.depth == 0 and q.stop > q.first}
        self.used: set[int] = set()
        self.covered = 0  # tokens before this index belong to a statement already found
        self.history: list[Speaker] = []
        self.quotes: list[Quote] = []

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
        for i, token in enumerate(self.tokens):
            if i < self.covered:
                continue
            if i in self.pairs and i not in self.used:
                self._postposed(self.pairs[i])
            elif i in self.cues and i not in inside:
                self._statement(i)
            elif token.kind == "word" and in_list(token, data.ACCORDING_TO):
                self._according(i)
        return self.quotes

    def _inside_pairs(self) -> set[int]:
        inside: set[int] = set()
        for q in self.pairs.values():
            if q.words > data.SCARE_QUOTE_MAX_WORDS:
                inside.update(range(q.first, q.stop))
        return inside

    def _sentence_end(self, i: int) -> int:
        return self.doc.sentences[self.sentence_of[i]].token_end

    def _sentence_start(self, i: int) -> int:
        return self.doc.sentences[self.sentence_of[i]].token_start

    # -- a reporting word ---------------------------------------------------------------
    def _statement(self, i: int) -> None:
        cue = self.cues[i]
        send = self._sentence_end(i)
        relative = i > 0 and in_list(self.tokens[i - 1], data.RELATIVES)
        subject = None
        if cue.kind != "passive" and not relative:
            subject = subject_after(self.doc, i + 1, send)
        start = subject[1] if subject else i + 1
        # after الذي/التي the words that follow the verb are its object, not its subject:
        # only an introducer right after the verb makes a statement (التي قالت إن …)
        limit = min(send, i + 3) if relative else send
        content = self._introducer(i, start, limit)
        if content is None:
            return
        speaker = self._speaker(i, cue, subject)
        self._emit(content, i, speaker)

    def _speaker(self, i: int, cue: CueForm, subject: tuple[int, int] | None) -> Speaker | None:
        if cue.kind == "passive":
            return None
        if subject is not None:
            speaker = speaker_from_tokens(self.doc, subject[0], subject[1], cue.gender)
            if is_anaphoric(speaker) and self.history:
                speaker.name = self.history[-1].name
                speaker.plural = speaker.plural or self.history[-1].plural
            return speaker
        if i > 0 and in_list(self.tokens[i - 1], data.RELATIVES):
            entity = entity_before(self.doc, i - 1)
            if entity is None:
                return None
            ref = Ref(entity.start, entity.end, entity.text, entity.entity_id)
            return Speaker(ref, entity.text, cue.gender)
        if cue.kind == "participle":
            own = self._clause_subject(i, cue)
            if own is not None:
                return own
        token = self.tokens[i]
        if token.norm[0] not in "وف" or cue.kind != "verb":
            entity = entity_before(self.doc, i)
            if entity is not None:
                ref = Ref(entity.start, entity.end, entity.text, entity.entity_id)
                return Speaker(ref, entity.text, cue.gender)
        return previous_speaker(self.history, cue.gender)

    def _clause_subject(self, i: int, cue: CueForm) -> Speaker | None:
        """The subject of the clause a participle (قائلة، مضيفا) hangs on."""
        first = self._sentence_start(i)
        last = self.quotes[-1] if self.quotes else None
        if last is not None and last.end >= self.tokens[first].start and self.history:
            return self.history[-1]
        subject = subject_after(self.doc, first + 1, i)
        if subject is None:
            return None
        return speaker_from_tokens(self.doc, subject[0], subject[1], cue.gender)

    def _introducer(self, cue: int, k: int, send: int) -> _Content | None:
        """The content the verb at ``cue`` introduces, looking from token ``k`` on."""
        tokens = self.tokens
        while k < send and k - cue <= MAX_INTRODUCER_DISTANCE:
            token = tokens[k]
            pair = self.pairs.get(k)
            if pair is not None and k not in self.used:
                if self._is_scare(pair, send) and tokens[k - 1].text != ":":
                    k = (pair.closer or pair.stop) + 1
                    continue
                return _Content(pair.first, pair.stop, True, pair)
            if token.text == ":":
                after = self.pairs.get(k + 1)
                if after is not None and k + 1 not in self.used:
                    return _Content(after.first, after.stop, True, after)
                if k + 1 >= send:
                    return self._after_colon(send)
                return self._reported(k + 1, send)
            if is_complementizer(token):
                after = self.pairs.get(k + 1)
                if after is not None and k + 1 not in self.used:
                    if not self._continues_after(after, send):
                        return _Content(after.first, after.stop, True, after)
                return self._reported(k + 1 if is_bare_complementizer(token) else k, send)
            if k != cue and k in self.cues:
                return None
            if token.text in _COMMAS and k + 1 < send and self._new_clause(tokens[k + 1]):
                return None
            k += 1
        return None

    @staticmethod
    def _new_clause(token: Token) -> bool:
        """A word after a comma that starts a clause of its own (، وتشعر): not an apposition
        (، وهو باحث)."""
        prefix = token.clitics.prefix if token.clitics is not None else ""
        return (
            token.kind == "word"
            and prefix[:1] == "و"
            and not token.clitics.article  # type: ignore[union-attr]
            and not in_list(token, data.APPOSITION_HEADS)
        )

    def _after_colon(self, send: int) -> _Content | None:
        """A colon that ends its sentence: the content is the next sentence (or its quote)."""
        if send >= len(self.tokens):
            return None
        pair = self.pairs.get(send)
        if pair is not None and send not in self.used:
            return _Content(pair.first, pair.stop, True, pair)
        return self._reported(send, self._sentence_end(send))

    def _is_scare(self, pair: Quoted, send: int) -> bool:
        """A short quotation inside the speaker's apposition or the object (مجموعة "صوت وصورة"
        المناهضة): the sentence goes on with words after it."""
        return pair.words <= data.SCARE_QUOTE_MAX_WORDS and self._continues_after(pair, send)

    def _continues_after(self, pair: Quoted, send: int) -> bool:
        if pair.closer is None:
            return False
        nxt = pair.closer + 1
        return nxt < send and self.tokens[nxt].kind == "word" and nxt not in self.cues

    def _reported(self, first: int, send: int) -> _Content | None:
        """Reported content from ``first`` to the end of the sentence, or to the next reporting
        word after a comma (…، مضيفا أن …), which starts a statement of its own."""
        stop = send
        for k in range(first + 1, send):
            if k in self.cues and (
                self.cues[k].kind == "participle" or self.tokens[k - 1].text in _COMMAS
            ):
                stop = k
                break
        while stop > first and self.tokens[stop - 1].text in _TRIM:
            stop -= 1
        if stop <= first:
            return None
        return _Content(first, stop, False)

    # -- attribution: وفقا لما أفاد به ناشطون، بحسب مصادر محلية ------------------------------
    def _according(self, i: int) -> None:
        tokens = self.tokens
        send = self._sentence_end(i)
        k = i + 1
        had_verb = False
        while k < send and (
            in_list(tokens[k], data.ACCORDING_FILLERS) or tokens[k].norm in ("ل", "لـ")
        ):
            had_verb = had_verb or cue_of(tokens[k]) is not None or len(tokens[k].norm) > 3
            k += 1
        subject = subject_after(self.doc, k, send)
        if subject is None:
            return
        head = tokens[subject[0]]
        if not (had_verb or self._is_source(head)):
            return
        speaker = speaker_from_tokens(self.doc, subject[0], subject[1], "")
        speaker = self._strip_preposition(speaker, head)
        begin = self._sentence_start(i)
        leading = [t for t in tokens[begin:i] if t.kind == "word"]
        if not leading or (len(leading) == 1 and leading[0].norm in ("و", "ف")):
            content = self._after_source(subject[1], send)
        else:
            if tokens[i - 1].text not in _COMMAS:
                return
            content = self._reported(begin, i)
        if content is None:
            return
        self._emit(content, i, speaker)
        self.covered = max(self.covered, subject[1])

    def _is_source(self, head: Token) -> bool:
        forms = set(head.match_forms)
        if forms & set(_source_forms()):
            return True
        return any(
            e.type in ("PER", "ORG") and e.start <= head.start < e.end for e in self.doc.entities
        )

    def _strip_preposition(self, speaker: Speaker, head: Token) -> Speaker:
        """``لمصادر محلية`` names the source ``مصادر محلية``: the ل is not part of it."""
        ref = speaker.ref
        if head.clitics is not None and head.clitics.prefix[-1:] == "ل" and ref.start == head.start:
            start = ref.start + 1
            speaker.ref = Ref(start, ref.end, self.doc.text[start : ref.end], ref.entity_id)
            speaker.name = speaker.ref.text
        return speaker

    def _after_source(self, k: int, send: int) -> _Content | None:
        for m in range(k, send):
            if self.tokens[m].norm in ("فان", "فانه", "فانها", "فانهم"):
                return self._reported(m + 1 if self.tokens[m].norm == "فان" else m, send)
            if self.tokens[m].text in _COMMAS:
                return self._reported(m + 1, send)
        return None

    # -- a quotation with its reporting verb after it: "…"، قال الوزير ----------------------
    def _postposed(self, pair: Quoted) -> None:
        after = pair.closer + 1 if pair.closer is not None else pair.stop
        send = self._sentence_end(pair.opener)
        k = after
        while k < send and self.tokens[k].text in _COMMAS:
            k += 1
        if k >= len(self.tokens) or k >= send + 1:
            return
        cue = self.cues.get(k)
        if cue is None or cue.kind == "passive":
            return
        subject = subject_after(self.doc, k + 1, self._sentence_end(k))
        speaker = self._speaker(k, cue, subject)
        self._emit(_Content(pair.first, pair.stop, True, pair), k, speaker)
        self.covered = max(self.covered, subject[1] if subject else k + 1)

    # -- output -------------------------------------------------------------------------
    def _emit(self, content: _Content, cue: int, speaker: Speaker | None) -> None:
        tokens = self.tokens
        start, end = tokens[content.first].start, tokens[content.stop - 1].end
        if content.pair is not None:
            self.used.add(content.pair.opener)
            last = content.pair.closer if content.pair.closer is not None else content.pair.stop
            self.covered = max(self.covered, last + 1)
        else:
            self.covered = max(self.covered, content.stop)
        cue_token = tokens[cue]
        self.quotes.append(
            Quote(
                start=start,
                end=end,
                text=self.doc.text[start:end],
                direct=content.direct,
                cue=self.doc.span(cue_token.start, cue_token.end),
                speaker=speaker.ref if speaker else None,
                speaker_name=speaker.name if speaker else None,
            )
        )
        if speaker is not None:
            self.history.append(speaker)


def _source_forms() -> frozenset[str]:
    from rasd.quotes.lexicon import word_set

    return word_set(data.NOMINAL_SOURCES)


class QuoteFinder(Stage):
    """Direct quotes and reported speech, each with its cue, speaker and speaker's name."""

    name = "quotes"
    needs = frozenset({"tokens", "sentences", "paragraphs", "entities"})
    provides = frozenset({"quotes"})

    def __call__(self, doc: Document) -> Document:
        doc.quotes = _Article(doc).run() if doc.tokens else []
        return doc
