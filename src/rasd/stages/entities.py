"""The entities stage: tag the sentences with the shipped model and group mentions into entities."""

from __future__ import annotations

from rasd.document import Document, Entity, Token
from rasd.lang.ar import NAME_TITLES
from rasd.ner import model
from rasd.ner.grouping import Mention, group
from rasd.ner.scorer import spans
from rasd.ner.tagger import SentenceTagger, tag_all
from rasd.stages.base import Stage
from rasd.text.normalize import normalize_word

_NAME_KINDS = frozenset({"word", "number"})
# A PER span that ends in a title has glued the word before the title to it.
_TITLES = frozenset(normalize_word(w) for w in NAME_TITLES)


def _clitic_stub(token: Token) -> bool:
    """A preposition written as its own token with a tatweel (لـ، بـ): no part of a name."""
    return token.text.endswith("ـ") and len(token.norm) <= 1


class EntityTagger(Stage):
    """Persons, organisations, places and other names (PER, ORG, LOC, MISC), grouped.

    A span covers whole tokens, as in ANERcorp (``بالرقة`` is tagged whole); its
    ``canonical`` is the clitic-stripped name shared by all mentions of the entity.
    """

    name = "entities"
    needs = frozenset({"tokens", "sentences"})
    provides = frozenset({"entities"})

    def __init__(self, tagger: SentenceTagger | None = None) -> None:
        self.tagger: SentenceTagger = tagger or model.shipped()

    def __call__(self, doc: Document) -> Document:
        entities: list[Entity] = []
        mentions: list[Mention] = []
        token_lists = [doc.sentence_tokens(sentence) for sentence in doc.sentences]
        word_lists = [[t.text for t in tokens] for tokens in token_lists]
        tagged = tag_all(self.tagger, word_lists)
        for tokens, words, (labels, probs) in zip(token_lists, word_lists, tagged, strict=True):
            for kind, first, end in spans(labels):
                # a quote or dash at either edge is not part of the name: «داعش» → داعش
                while first < end and tokens[first].kind not in _NAME_KINDS:
                    first += 1
                while end > first and tokens[end - 1].kind not in _NAME_KINDS:
                    end -= 1
                # لـ"الوطن": a clitic written apart with a tatweel ends no name (رشيد لـ)
                while end > first and _clitic_stub(tokens[end - 1]):
                    end -= 1
                if first == end or (kind == "PER" and tokens[end - 1].norm in _TITLES):
                    continue  # بمنطقة عسير المهندس محمد: a name never ends in the next one's title
                start, stop = tokens[first].start, tokens[end - 1].end
                confidence = min(probs[first:end])
                entities.append(
                    Entity(
                        start=start,
                        end=stop,
                        text=doc.text[start:stop],
                        type=kind,
                        confidence=round(confidence, 3),
                    )
                )
                mentions.append(Mention(words[first:end], kind))
        group(mentions)
        for entity, mention in zip(entities, mentions, strict=True):
            entity.canonical, entity.entity_id = mention.canonical, mention.entity_id
        doc.entities = entities
        return doc
