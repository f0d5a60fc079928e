from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from rasd.cli import app
from rasd.document import Document

runner = CliRunner()
ARTICLE = 'وقال زيد: "وصلنا إلى الرقة." وأضاف أن الوضع هادئ.\n\nفقرة ثانية.'


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_analyze_one_file_prints_one_contract_document(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE.encode())
    result = runner.invoke(app, ["analyze", str(path), "--published", "2017-05-10"])
    assert result.exit_code == 0, result.output
    doc = Document.from_dict(json.loads(result.stdout))
    doc.check_offsets()
    assert doc.text == ARTICLE and doc.id == str(path) and doc.published == "2017-05-10"
    assert len(doc.sentences) == 3


def test_several_files_print_jsonl_in_order(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.txt", "أولى.".encode())
    b = _write(tmp_path, "b.txt", "ثانية.".encode())
    result = runner.invoke(app, ["analyze", str(a), str(b)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["text"] for line in lines] == ["أولى.", "ثانية."]


def test_text_format_marks_the_lines_right_to_left(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE.encode())
    result = runner.invoke(app, ["analyze", str(path), "--format", "text"])
    assert result.exit_code == 0
    lines = [line for line in result.stdout.splitlines() if line]
    assert all(line.startswith("\u200f") for line in lines)
    assert any("وأضاف أن الوضع هادئ." in line for line in lines)
    assert "# 3 sentences, " in lines[-1] and "1 place," in lines[-1]  # counts, in number


def test_bad_files_give_one_clear_line_each(tmp_path: Path) -> None:
    cases = {
        "missing.txt": (None, "no such file"),
        "empty.txt": (b"  \n", "is empty"),
        "binary.bin": (bytes(range(256)) * 4, "binary"),
        "cp1256.txt": ("الرقة".encode("cp1256"), "not UTF-8"),
        "utf16.txt": ("الرقة".encode("utf-16"), "UTF-16"),
    }
    for name, (data, message) in cases.items():
        path = tmp_path / name
        if data is not None:
            path.write_bytes(data)
        result = runner.invoke(app, ["analyze", str(path)])
        assert result.exit_code == 1, name
        assert result.stdout == ""
        assert message in result.stderr and name in result.stderr
        assert "Traceback" not in result.stderr
    result = runner.invoke(app, ["analyze", str(tmp_path)])
    assert result.exit_code == 1 and "directory" in result.stderr


def test_jsonl_batch_reports_bad_records_by_id_and_goes_on(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "قال زيد."}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "a3"}),
        json.dumps({"id": "a4", "text": "نص", "published": "yesterday"}),
        "",
        json.dumps({"id": "a6", "text": "وأضاف.", "published": "2017-05-10"}, ensure_ascii=False),
    ]
    path = _write(tmp_path, "in.jsonl", "\n".join(lines).encode())
    result = runner.invoke(app, ["analyze", "--jsonl", str(path)])
    assert result.exit_code == 1
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in docs] == ["a1", "a6"]
    assert docs[1]["published"] == "2017-05-10"
    assert "in.jsonl:2" in result.stderr
    assert "id=a3" in result.stderr and "'text'" in result.stderr
    assert "id=a4" in result.stderr and "YYYY-MM-DD" in result.stderr
    assert "3 record(s) failed" in result.stderr


def test_standard_input(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", "-"], input=ARTICLE.encode())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["text"] == ARTICLE


def test_usage_errors(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", b"x")
    assert runner.invoke(app, ["analyze"]).exit_code == 2
    bad_date = runner.invoke(app, ["analyze", str(path), "--published", "10/5/2017"])
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.stderr
    bad_stage = runner.invoke(app, ["analyze", str(path), "--only", "quotez"])
    assert bad_stage.exit_code == 2 and "unknown stage" in bad_stage.stderr


def test_stages_lists_built_and_planned() -> None:
    result = runner.invoke(app, ["stages"])
    assert result.exit_code == 0
    assert result.stdout.startswith("text\tbuilt")


def test_console_script_runs_in_a_fresh_process(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE.encode())
    proc = subprocess.run(
        [sys.executable, "-m", "rasd", "analyze", str(path), "--format", "jsonl"],
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout.decode("utf-8"))["text"] == ARTICLE
