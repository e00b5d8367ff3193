"""Unresolved CJK runs are reported, never deleted; CC-CEDICT is an opt-in fallback of the level low."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cleaner import clean
from cleaner.cli import app

TEXT = "Alibaba's account 芳芳一人食 posted a video about a single赛道 in e-commerce livestreaming.\n"


def test_unresolved_run_stays_and_is_a_located_finding():
    result = clean(TEXT, lang="en")
    assert "芳芳一人食" in result.text and "single sector" in result.text
    [finding] = result.findings
    assert (finding.rule, finding.before, finding.line, finding.column) == ("unresolved-cjk", "芳芳一人食", 1, 19)
    assert finding.safety == "display-only"


def test_report_and_verbose_show_unresolved_runs(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    report = tmp_path / "r.jsonl"
    result = CliRunner().invoke(app, ["clean", "--lang", "en", "--verbose", "--report", str(report), str(article)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    unresolved = [r for r in records if r["rule"] == "unresolved-cjk"]
    assert unresolved and unresolved[0]["before"] == unresolved[0]["after"] == "芳芳一人食"
    assert unresolved[0]["safety"] == "display-only"
    assert f"{article}:1:19: cjk_glossary/unresolved-cjk" in result.stderr


def test_cedict_fallback_is_opt_in_and_low_confidence():
    plain = clean("The 护城河 and the 芳芳一人食 account.\n", lang="en")
    assert "芳芳一人食" in plain.text
    fallback = clean("The 护城河 and the 芳芳一人食 account.\n", lang="en", options={"cedict": True})
    assert "芳芳一人食" not in fallback.text
    cedict_edits = [e for e in fallback.edits if e.rule == "cjk-cedict"]
    assert cedict_edits and all(e.safety == "low" for e in cedict_edits)
    assert all(e.safety == "likely" for e in fallback.edits if e.rule == "cjk-leftover")


def test_cedict_flag_on_the_command_line():
    result = CliRunner().invoke(app, ["clean", "--cedict", "--lang", "en", "-"], input="The 芳芳一人食 account.\n".encode())
    assert result.exit_code == 0
    assert "芳芳一人食" not in result.stdout_bytes.decode()
