"""The shipped entity taggers side by side: tokens/s of the entities stage with each.

    python benchmarks/ner_taggers.py [--limit 300] [--repeats 3] [--news ../shared/data/news]

The news articles are run through the text layer once; then the entities stage alone is timed
over them with the CRF (the default), the BiLSTM-CRF alone and the two joined
(``--ner bilstm-crf``), after one warm-up pass each (word caches), best of the repeats. The
CRF is the baseline of the ratio column, in the same process.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import rasd
from rasd.ner import bilstm, model
from rasd.stages.entities import EntityTagger
from throughput import ROOT, load_news


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--news", type=Path, default=ROOT.parent / "shared" / "data" / "news")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    nlp = rasd.Pipeline(only=["text"])
    docs = [nlp(text) for text in load_news(args.news, args.limit)]
    tokens = sum(len(doc.tokens) for doc in docs)
    joined = model.shipped_combined()
    taggers = {"crf": model.shipped(), "bilstm-crf alone": joined.neural, "bilstm-crf": joined}
    print(f"{len(docs)} articles, {tokens} tokens; entities stage only, best of {args.repeats}")
    print(f"{'tagger':18} {'tokens/s':>10} {'× CRF time':>11}")
    base = 0.0
    for name, tagger in taggers.items():
        stage = EntityTagger(tagger)
        for doc in docs:
            stage(doc)
        best = min(_seconds(stage, docs) for _ in range(args.repeats))
        base = base or best
        print(f"{name:18} {tokens / best:10.0f} {best / base:11.2f}")
    print(f"BiLSTM word cache: {bilstm._CACHE_LIMIT} words")


def _seconds(stage: EntityTagger, docs: list[rasd.Document]) -> float:
    began = time.perf_counter()
    for doc in docs:
        stage(doc)
    return time.perf_counter() - began


if __name__ == "__main__":
    main()
