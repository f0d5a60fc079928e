"""The text layer on real articles from ../shared (skipped where it is absent)."""

from __future__ import annotations

import rasd


def test_news_articles_keep_offsets_and_sentences(news_articles: list[dict[str, str]]) -> None:
    nlp = rasd.Pipeline()
    docs = list(nlp.pipe(a["content"] for a in news_articles))
    tokens = sentences = 0
    for doc in docs:
        doc.check_offsets()
        tokens += len(doc.tokens)
        sentences += len(doc.sentences)
        assert all(s.end > s.start for s in doc.sentences)
    # news sentences average a few dozen tokens; a broken splitter gives 1 or hundreds
    assert 8 < tokens / sentences < 80


def test_example_article_is_covered(raqqa_text: str) -> None:
    doc = rasd.analyze(raqqa_text)
    doc.check_offsets()
    assert doc.tokens[0].start == 0 and doc.tokens[-1].end == len(raqqa_text.rstrip())
    words = [t for t in doc.tokens if t.kind == "word"]
    bases = {t.text: t.clitics.base for t in words if t.clitics is not None}
    assert bases["والعراق"] == "العراق"
    assert bases["بالقرار"] == "القرار"
    assert bases["لسلامته"] == "سلامه"
