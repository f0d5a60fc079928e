"""News annotated for the entity tagger: offsets read, labels put on rasd's tokens, the split,
the shipped annotation file, and ``rasd train ner --extra`` / ``rasd evaluate ner FILE.tsv``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.errors import InputError
from rasd.ner.news_gold import NewsEntity, labelled_sentences, news_split, parse_annotations
from tests.conftest import shared_path

ROOT = Path(__file__).resolve().parents[2]
# written for these tests
TEXT = "قال محمد العلي في الرياض إن الأمم المتحدة تدعم الخطة. وعاد بالرقة أمس."


def _entity(name: str, kind: str, text: str = TEXT) -> NewsEntity:
    start = text.index(name)
    return NewsEntity(start, start + len(name), kind, name)


def test_labels_cover_whole_tokens_and_follow_iob2() -> None:
    entities = [
        _entity("محمد العلي", "PER"),
        _entity("الرياض", "LOC"),
        _entity("الأمم المتحدة", "ORG"),
        _entity("الرقة", "LOC"),  # inside بالرقة: the glued preposition goes with the name
    ]
    first, second = labelled_sentences(TEXT, entities, "test")
    pairs = dict(zip(first.tokens, first.labels, strict=True))
    assert pairs["محمد"] == "B-PER" and pairs["العلي"] == "I-PER"
    assert pairs["الرياض"] == "B-LOC" and pairs["في"] == "O"
    assert pairs["الأمم"] == "B-ORG" and pairs["المتحدة"] == "I-ORG"
    assert dict(zip(second.tokens, second.labels, strict=True))["بالرقة"] == "B-LOC"
    assert sum(label != "O" for label in first.labels + second.labels) == 6


def test_offsets_that_do_not_hold_the_name_are_an_error() -> None:
    wrong = NewsEntity(4, 8, "PER", "الرياض")
    with pytest.raises(InputError, match="not 'الرياض'"):
        labelled_sentences(TEXT, [wrong], "file.tsv id=x")


def test_overlapping_names_are_an_error() -> None:
    with pytest.raises(InputError, match="overlaps"):
        labelled_sentences(TEXT, [_entity("محمد العلي", "PER"), _entity("العلي", "PER")], "t")


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("2015-01-01/0\t3\t7", "1 or 5"),
        ("2015-01-01/0\t3\t7\tPERS\tمحمد", "unknown type"),
        ("2015-01-01/0\t7\t3\tPER\tمحمد", "bad offsets"),
        ("2015-01-02/0\t3\t7\tPER\tمحمد", "before its article row"),
    ],
)
def test_bad_rows_name_their_line(line: str, problem: str) -> None:
    with pytest.raises(InputError, match=problem) as err:
        parse_annotations(["2015-01-01/0\n", line + "\n"], "ann.tsv")
    assert str(err.value).startswith("ann.tsv:2:")


def test_article_rows_keep_articles_without_names() -> None:
    parsed = parse_annotations(["# comment\n", "a/0\n", "a/1\n", "a/1\t0\t3\tLOC\tجدة\n"], "t")
    assert list(parsed) == ["a/0", "a/1"] and parsed["a/0"] == []


def _news_dir(tmp_path: Path, count: int) -> tuple[Path, Path]:
    """A news folder of ``count`` copies of TEXT and an annotation file naming them all."""
    news = tmp_path / "news"
    news.mkdir()
    articles = [{"content": TEXT, "date_extracted": "2015-01-01"} for _ in range(count)]
    (news / "saudinewsnet_2015-01-01.json").write_text(json.dumps(articles), encoding="utf-8")
    rows = []
    for i in range(count):
        rows.append(f"2015-01-01/{i}")
        for name, kind in (("محمد العلي", "PER"), ("الرياض", "LOC")):
            e = _entity(name, kind)
            rows.append(f"2015-01-01/{i}\t{e.start}\t{e.end}\t{kind}\t{name}")
    tsv = tmp_path / "news.tsv"
    tsv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return news, tsv


def test_split_holds_out_every_tenth_article(tmp_path: Path) -> None:
    news, tsv = _news_dir(tmp_path, 20)
    train, held = news_split(tsv, news, 0.1)
    assert (len(train), len(held)) == (18 * 2, 2 * 2)  # two sentences an article
    assert news_split(tsv, news, 0.0)[1] == []


def test_train_with_extra_news_and_evaluate_the_tsv(tmp_path: Path) -> None:
    news, tsv = _news_dir(tmp_path, 20)
    conll = tmp_path / "train.conll"
    conll.write_text("وقال O\nجورج B-PERS\nبوش I-PERS\nفي O\nبغداد B-LOC\n. O\n" * 5, "utf-8")
    out = tmp_path / "model"
    args = ["train", "ner", "--train", str(conll), "--out", str(out), "--iterations", "20"]
    result = CliRunner().invoke(app, [*args, "--extra", str(tsv), "--news", str(news)])
    assert result.exit_code == 0, result.output
    assert "36 news sentences added" in result.output and "4 held out" in result.output
    assert "held-out news: 4 sentences" in result.output
    scored = CliRunner().invoke(
        app, ["evaluate", "ner", str(tsv), "--news", str(news), "--model", str(out)]
    )
    assert scored.exit_code == 0, scored.output
    assert "40 sentences" in scored.output  # every article without --last
    (micro,) = [line for line in scored.output.splitlines() if "micro" in line]
    assert float(re.findall(r"\d\.\d{3}", micro)[2]) > 0.5  # learned from these very articles


def test_bad_annotation_file_is_one_clear_error(tmp_path: Path) -> None:
    news, tsv = _news_dir(tmp_path, 2)
    tsv.write_text("2015-01-01/0\n2015-01-01/0\t0\t3\tPER\tمحمد\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "ner", str(tsv), "--news", str(news)])
    assert result.exit_code == 2
    assert "id=2015-01-01/0" in result.output and "Traceback" not in result.output


def test_shipped_annotations_match_the_news() -> None:
    """Every annotated name is where its offsets say in ../shared/data/news, and the file
    names the articles drawn for it (tests/data/gold/ner-news-articles.txt)."""
    news = shared_path("data", "news")
    tsv = ROOT / "tests" / "data" / "gold" / "ner-news.tsv"
    drawn = (ROOT / "tests" / "data" / "gold" / "ner-news-articles.txt").read_text().split()
    train, held = news_split(tsv, news, 0.1)  # raises where an offset is off
    assert list(parse_annotations(tsv.read_text(encoding="utf-8").splitlines(), "t")) == drawn
    names = sum(label.startswith("B-") for s in train + held for label in s.labels)
    assert names > 8 * len(drawn)  # news names about 15 an article: none lost on the way
    assert 0.07 < len(held) / (len(train) + len(held)) < 0.13
