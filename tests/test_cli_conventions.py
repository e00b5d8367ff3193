"""Conventions users of ruff, black and pre-commit expect from a command-line tool."""

from __future__ import annotations

import subprocess

import pytest

from helpers import cleaner_executable

import cleaner

CLEANER = cleaner_executable()


@pytest.mark.slow
def test_version():
    for flag in ("--version", "-V"):
        proc = subprocess.run([CLEANER, flag], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0
        assert proc.stdout == f"cleaner {cleaner.__version__}\n"


@pytest.mark.slow
def test_double_dash_ends_options_in_every_command(tmp_path):
    odd = tmp_path / "--rules=x.txt"
    odd.write_text("Shares rose.\n", encoding="utf-8")
    proc = subprocess.run([CLEANER, "clean", "--check", "--", odd.name], capture_output=True, text=True,
                          cwd=tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run([CLEANER, "suggest", "--", odd.name], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr


# -- --output-format ------------------------------------------------------------------------
import json  # noqa: E402

DIRTY = "Alibaba\u00e2\u20ac\u2122s cloud &amp; AI.   \nComments (3)\n"


def _dirty_files(tmp_path, n=2):
    for i in range(n):
        (tmp_path / f"{i}.txt").write_text(DIRTY, encoding="utf-8")
    return [f"{i}.txt" for i in range(n)]


class _Ran:
    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


@pytest.fixture(params=["in-process", pytest.param("installed", marks=pytest.mark.slow)])
def _run(request, monkeypatch):
    """The command run in this process (CliRunner: the fast loop) or as the installed command."""
    def run(args, tmp_path, input=None):
        if request.param == "installed":
            return subprocess.run([CLEANER, *args], capture_output=True, text=True, cwd=tmp_path, input=input, timeout=120)
        from typer.testing import CliRunner

        from cleaner.cli import app

        monkeypatch.chdir(tmp_path)
        result = CliRunner().invoke(app, args, input=input)
        return _Ran(result.exit_code, result.stdout, result.stderr)
    return run


def test_concise_is_one_line_per_edit_in_reading_order(tmp_path, _run):
    names = _dirty_files(tmp_path)
    proc = _run(["clean", "--check", "--output-format", "concise", *names], tmp_path)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[:4] == [
        "0.txt:1:8: mojibake/utf8-as-cp1252 [safe] 'â€™' → '’'",
        "0.txt:1:19: html/html-entity [safe] '&amp;' → '&'",
        "0.txt:1:28: whitespace/trailing-whitespace [safe] '   ' → ''",
        "0.txt:2:1: boilerplate/comment-counter [likely] 'Comments (3)\\n' → ''",
    ]
    assert len(lines) == 8 and all(ln.startswith(("0.txt:", "1.txt:")) for ln in lines)
    assert (tmp_path / "0.txt").read_text(encoding="utf-8") == DIRTY  # --check wrote nothing


def test_json_is_one_array_of_the_report_records(tmp_path, _run):
    names = _dirty_files(tmp_path)
    proc = _run(["clean", "--check", "--output-format", "json", "--report", "r.jsonl", *names], tmp_path)
    assert proc.returncode == 1, proc.stderr
    listed = json.loads(proc.stdout)
    reported = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    key = lambda r: (r["path"], r["line"], r["column"], r["rule"])  # noqa: E731
    assert sorted(listed, key=key) == sorted(reported, key=key) and len(listed) == 8


def test_github_annotations_escape_what_workflow_commands_need(tmp_path, _run):
    names = _dirty_files(tmp_path, 1)
    proc = _run(["clean", "--check", "--output-format", "github", *names], tmp_path)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert len(lines) == 4 and all(ln.startswith("::warning file=0.txt,line=") for ln in lines)
    assert any("title=boilerplate/comment-counter::" in ln for ln in lines)
    assert all("\n" not in ln for ln in lines)
    fixed = _run(["clean", "--output-format", "github", *names], tmp_path)
    assert fixed.returncode == 0 and fixed.stdout.startswith("::notice ")


def test_listing_formats_never_mix_into_data_on_stdout(tmp_path, _run):
    proc = _run(["clean", "--output-format", "concise", "-"], tmp_path, input=DIRTY)
    assert proc.returncode == 2 and proc.stdout == ""
    checked = _run(["clean", "--check", "--output-format", "concise", "-"], tmp_path, input=DIRTY)
    assert checked.returncode == 1 and checked.stdout.startswith("-:1:8: mojibake/")
    assert _run(["clean", "--diff", "--output-format", "json", "-"], tmp_path, input=DIRTY).returncode == 2
    assert _run(["clean", "--output-format", "xml", "-"], tmp_path, input=DIRTY).returncode == 2


@pytest.mark.slow
def test_help_shows_metavars_a_person_understands():
    proc = subprocess.run([CLEANER, "clean", "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    text = proc.stdout
    for shown in ("--output-dir DIR", "--report FILE", "--rules DIR", "-j, --jobs N", "--lang CODE",
                  "--time-budget SECONDS", "--output-format FORMAT", "[PATH]..."):
        assert shown in text, shown
    assert "<" not in text.replace("<lang>", ""), "a Python type shown as a placeholder"
    assert "[cedict]" in text  # square brackets are not eaten as markup
