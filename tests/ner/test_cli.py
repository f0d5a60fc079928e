"""``rasd evaluate ner`` and ``rasd train ner`` through the command line."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from rasd.cli import app

TINY = (
    "وقال O\nالرئيس O\nجورج B-PERS\nبوش I-PERS\nفي O\nواشنطن B-LOC\n. O\n"
    "وصل O\nالوفد O\nإلى O\nبغداد B-LOC\n. O\n"
)


def test_evaluate_ner_prints_scores(tmp_path: Path) -> None:
    path = tmp_path / "tiny.conll"
    path.write_text(TINY, encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "ner", str(path)])
    assert result.exit_code == 0, result.output
    for word in ("precision", "recall", "F1", "micro", "LOC", "PER", "tokens/s"):
        assert word in result.output
    (micro,) = [line for line in result.output.splitlines() if "micro" in line]
    precision, recall, f1 = (float(x) for x in re.findall(r"\d\.\d{3}", micro))
    assert f1 > 0  # the shipped model finds some of these easy names
    assert 0 <= precision <= 1 and 0 <= recall <= 1


def test_evaluate_ner_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate", "ner", str(tmp_path / "nope.conll")])
    assert result.exit_code == 2


def test_train_ner_writes_a_model(tmp_path: Path) -> None:
    path = tmp_path / "train.conll"
    path.write_text(TINY * 5, encoding="utf-8")
    out = tmp_path / "model"
    args = ["train", "ner", "--train", str(path), "--out", str(out), "--iterations", "10"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert (out / "ner.crfsuite").stat().st_size > 0
    assert "development split" in result.output
