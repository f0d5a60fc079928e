"""The optional transformer backend, on a tiny randomly initialised BERT built by the test.

Skipped when the ``hf`` extra (transformers, torch) is not installed. The alignment of
word pieces back to words is checked against transformers' own ``word_ids`` alignment,
and the offsets of the entities it yields against the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.ner.hf import BackendError, align, backend, contract_label, word_spans

LABELS = ["O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
# whole words, and pieces so that some words split in two or three
VOCAB = [
    *["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ".", "،", "«", "»", '"'],
    *["قال", "الرئيس", "في", "إن", "تنظيم", "داعش", "هاجم", "الرقة", "بشار", "الأسد"],
    *["ب", "##الرقة", "و", "##قال", "ترا", "##مب", "##دم", "##ش", "##ق"],
]
WORDS = ["وقال", "الرئيس", "ترامب", "إن", "«", "داعش", "»", "هاجم", "بالرقة", "ودمشق", "زززز", "."]


def test_labels_map_to_the_contract() -> None:
    assert contract_label("B-PERS") == "B-PER"
    assert contract_label("I-GPE") == "I-LOC"
    assert contract_label("S-ORG") == "B-ORG"
    assert contract_label("B-EVENT") == "B-MISC"
    assert contract_label("O") == "O"


def test_align_takes_the_first_piece_inside_each_word() -> None:
    text, spans = word_spans(["ab", "cde", "f"])
    assert text == "ab cde f" and spans == [(0, 2), (3, 6), (7, 8)]
    # [CLS] a ##b cd ##e f [SEP]
    pieces = [(0, 0), (0, 1), (1, 2), (3, 5), (5, 6), (7, 8), (0, 0)]
    assert align(spans, pieces) == [1, 3, 5]
    # the last word truncated away: no piece
    assert align(spans, [(0, 0), (0, 2), (3, 6), (0, 0)]) == [1, 2, None]


def test_unknown_backend_is_a_clear_error() -> None:
    assert backend("crf") is None
    with pytest.raises(BackendError, match="unknown --ner backend"):
        backend("spacy:xx")
    with pytest.raises(BackendError):
        backend("hf:/no/such/model/here")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    torch = pytest.importorskip("torch", reason="the hf extra (torch) is not installed")
    transformers = pytest.importorskip(
        "transformers", reason="the hf extra (transformers) is not installed"
    )
    out = tmp_path_factory.mktemp("tiny-bert")
    (out / "vocab.txt").write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    vocab = str(out / "vocab.txt")  # transformers 5 reads vocab=, 4 reads vocab_file=
    tokenizer = transformers.BertTokenizerFast(
        vocab=vocab, vocab_file=vocab, do_lower_case=False, tokenize_chinese_chars=False
    )
    config = transformers.BertConfig(
        vocab_size=len(VOCAB),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    torch.manual_seed(0)
    model = transformers.BertForTokenClassification(config)
    with torch.no_grad():  # spread the logits so that the labels vary from piece to piece
        model.classifier.weight.mul_(50)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def test_hf_tagger_labels_each_word_by_its_first_piece(tiny_model: Path) -> None:
    import torch
    import transformers

    tagger = backend(f"hf:{tiny_model}")
    assert tagger is not None
    labels, probs = tagger.tag_with_confidence(WORDS)
    assert len(labels) == len(probs) == len(WORDS)
    assert all(0.0 < p <= 1.0 for p in probs)

    # the same, by transformers' own word alignment (words given pre-split)
    tokenizer = transformers.AutoTokenizer.from_pretrained(tiny_model)
    model = transformers.AutoModelForTokenClassification.from_pretrained(tiny_model)
    enc = tokenizer(WORDS, is_split_into_words=True, return_tensors="pt")
    word_ids = enc.word_ids()
    pieces = enc["input_ids"][0].tolist()
    assert len(pieces) > len(WORDS) + 2  # some words are several pieces
    assert pieces.count(tokenizer.unk_token_id) == 1  # the vocabulary was read (زززز only)
    with torch.no_grad():
        best = model(**enc).logits[0].argmax(-1).tolist()
    expected = []
    for w in range(len(WORDS)):
        first = word_ids.index(w)
        expected.append(contract_label(LABELS[best[first]]))
    assert labels == expected
    assert len(set(labels)) > 1  # the check above compares more than one label


def test_long_sentences_are_tagged_in_chunks(tiny_model: Path) -> None:
    from rasd.ner.hf import HFTagger

    tagger = HFTagger(str(tiny_model), max_words=5)
    words = WORDS * 3
    whole = HFTagger(str(tiny_model))
    expected = [label for at in range(0, len(words), 5) for label in whole.tag(words[at : at + 5])]
    assert tagger.tag(words) == expected


def test_analyze_with_the_hf_backend_keeps_offsets(tiny_model: Path) -> None:
    import json

    from typer.testing import CliRunner

    from rasd.cli import app

    text = "وقال الرئيس ترامب إن «داعش» هاجم بالرقة ودمشق أمس. " * 3
    result = CliRunner().invoke(app, ["analyze", "-", "--ner", f"hf:{tiny_model}"], input=text)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["entities"]  # a random model with spread logits tags something
    for e in doc["entities"]:
        assert doc["text"][e["start"] : e["end"]] == e["text"]
        assert e["type"] in ("PER", "ORG", "LOC", "MISC")
