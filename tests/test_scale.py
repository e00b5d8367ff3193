"""Corpora beyond one machine: JSON Lines streaming and the datatrove pipeline step."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import clean
from cleaner.cli import app

from helpers import ROOT

MOJIBAKE = "Alibaba\u00e2\u20ac\u2122s <b>cloud</b> grew.\n"


def corpus_records() -> list[dict]:
    records = []
    samples = sorted((ROOT / "samples").glob("*/input.txt"))
    for i, path in enumerate(samples * 2):
        text = path.read_text(encoding="utf-8")
        if i % 3 == 0:
            text = MOJIBAKE + text
        records.append({"id": f"doc-{i}", "text": text, "source": path.parent.name, "n": i})
    return records


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_jsonl_keeps_other_fields_and_unchanged_records_byte_for_byte(tmp_path):
    src = tmp_path / "in.jsonl"
    raw_clean = '{"id":"keep",  "text":"Already clean.\\n", "extra": [1, 2]}\n'
    src.write_text(raw_clean + json.dumps({"id": "fix", "text": MOJIBAKE, "url": "https://x"}) + "\n", encoding="utf-8")
    report = tmp_path / "edits.jsonl"
    result = CliRunner().invoke(app, ["clean", "--jsonl", str(src), "--report", str(report)])
    assert result.exit_code == 0, result.output
    lines = result.stdout_bytes.decode("utf-8").splitlines(keepends=True)
    assert lines[0] == raw_clean
    fixed = json.loads(lines[1])
    assert fixed == {"id": "fix", "text": "Alibaba’s cloud grew.\n", "url": "https://x"}
    edits = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert edits and {e["id"] for e in edits} == {"fix"}
    assert "1 records cleaned, 1 unchanged, 0 errors" in result.stderr


def test_jsonl_from_stdin_with_another_field_and_bad_lines(tmp_path):
    data = json.dumps({"body": MOJIBAKE}) + "\nnot json\n" + json.dumps({"other": 1}) + "\n"
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["clean", "--jsonl", "-", "--field", "body", "-o", str(out)], input=data.encode())
    assert result.exit_code == 2
    lines = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["body"] == "Alibaba’s cloud grew.\n"
    assert lines[1:] == ["not json", json.dumps({"other": 1})]  # passed through, never lost
    assert "line 2: not a JSON object" in result.stderr and "line 3: no string field 'body'" in result.stderr


def test_jsonl_parallel_matches_serial(tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, corpus_records())
    one = CliRunner().invoke(app, ["clean", "--jsonl", str(src), "--jobs", "1"])
    two = CliRunner().invoke(app, ["clean", "--jsonl", str(src), "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout_bytes == two.stdout_bytes
    for line, record in zip(one.stdout_bytes.decode().splitlines(), corpus_records()):
        assert json.loads(line)["text"] == clean(record["text"]).text


def test_datatrove_local_executor_matches_the_cli(tmp_path):
    pytest.importorskip("datatrove", reason="the datatrove extra is part of the test extras")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from cleaner.datatrove import CleanerFormatter

    records = corpus_records()
    data = tmp_path / "data"
    data.mkdir()
    write_jsonl(data / "part-0.jsonl", records[: len(records) // 2])
    write_jsonl(data / "part-1.jsonl", records[len(records) // 2:])
    out = tmp_path / "out"
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(data)), CleanerFormatter(), JsonlWriter(str(out))],
        tasks=2,
        workers=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    cleaned = {}
    for path in out.glob("*.jsonl*"):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                cleaned[rec["id"]] = rec
    assert len(cleaned) == len(records)
    cli_input = tmp_path / "all.jsonl"
    write_jsonl(cli_input, records)
    cli = CliRunner().invoke(app, ["clean", "--jsonl", str(cli_input), "--jobs", "1"])
    for line in cli.stdout_bytes.decode().splitlines():
        rec = json.loads(line)
        assert cleaned[rec["id"]]["text"] == rec["text"]
    changed = [r for r in cleaned.values() if r["metadata"].get("cleaner_edits")]
    assert changed and all("rule" in e for r in changed for e in r["metadata"]["cleaner_edits"])
