"""Settings per file: the nearest [tool.cleaner] from each file's own directory up to the repository
root; --config FILE for all; --isolated for none; a broken pyproject.toml a run does not need never
stops it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.batch import POOL_THRESHOLD
from cleaner.cli import app
from helpers import cleaner_executable

DIRTY = "Alibaba\u00e2\u20ac\u2122s cloud  \n"
FIXED = "Alibaba’s cloud\n"
WHITESPACE_ONLY = "Alibaba\u00e2\u20ac\u2122s cloud\n"
ONLY_WHITESPACE = '[tool.cleaner]\nselect = ["whitespace"]\n'
BROKEN_FOR_CLEANER = "[tool.cleaner\nselect = [\n"


@pytest.fixture
def runner():
    return CliRunner()


def put(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture
def projects(tmp_path: Path, monkeypatch) -> Path:
    """work/ (the working directory, whitespace only), one/ (whitespace only), two/ (no settings)."""
    put(tmp_path / "work" / "pyproject.toml", ONLY_WHITESPACE)
    put(tmp_path / "one" / "pyproject.toml", ONLY_WHITESPACE)
    put(tmp_path / "one" / "deep" / "a.txt", DIRTY)
    put(tmp_path / "two" / "b.txt", DIRTY)
    (tmp_path / "one" / ".git").mkdir()
    (tmp_path / "two" / ".git").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    return tmp_path


def test_each_file_takes_the_settings_of_its_own_directory(runner, projects):
    a, b = projects / "one" / "deep" / "a.txt", projects / "two" / "b.txt"
    result = runner.invoke(app, ["clean", str(a), str(b)])
    assert result.exit_code == 0, result.output
    assert text(a) == WHITESPACE_ONLY  # one/pyproject.toml: whitespace only
    assert text(b) == FIXED  # no settings in two/; the working directory's do not apply


def test_walked_directories_too_and_flags_still_win(runner, projects):
    result = runner.invoke(app, ["clean", "--check", "--output-format", "concise", str(projects / "one"), str(projects / "two")])
    rules = {line.split(" ")[1] for line in result.stdout.splitlines()}
    assert result.exit_code == 1
    a_rules = {line.split(" ")[1] for line in result.stdout.splitlines() if "a.txt" in line}
    assert a_rules == {"whitespace/trailing-whitespace"} and "mojibake/utf8-as-cp1252" in rules
    flagged = runner.invoke(app, ["clean", "--select", "mojibake", str(projects / "one")])
    assert flagged.exit_code == 0 and text(projects / "one" / "deep" / "a.txt") == "Alibaba’s cloud  \n"


def test_a_pyproject_without_settings_for_cleaner_does_not_stop_the_search(runner, projects):
    put(projects / "one" / "deep" / "pyproject.toml", '[project]\nname = "x"\n')
    put(projects / "one" / "deep" / "more" / "pyproject.toml", "[tool.other\nbroken = \n")  # another tool's, broken
    c = put(projects / "one" / "deep" / "more" / "c.txt", DIRTY)
    result = runner.invoke(app, ["clean", str(c)])
    assert result.exit_code == 0, result.output
    assert text(c) == WHITESPACE_ONLY  # one/pyproject.toml still applies


def test_the_search_stops_at_the_repository_root(runner, projects):
    put(projects / "pyproject.toml", ONLY_WHITESPACE)  # above two/, whose .git makes it a repository root
    b = projects / "two" / "b.txt"
    assert runner.invoke(app, ["clean", str(b)]).exit_code == 0
    assert text(b) == FIXED


def test_a_broken_pyproject_the_run_does_not_need_never_stops_it(runner, projects):
    put(projects / "work" / "pyproject.toml", BROKEN_FOR_CLEANER)  # the working directory's own
    b = projects / "two" / "b.txt"
    result = runner.invoke(app, ["clean", str(b)])
    assert result.exit_code == 0, result.output
    assert text(b) == FIXED


def test_a_broken_pyproject_a_file_needs_stops_the_run_before_anything_is_written(runner, projects):
    put(projects / "one" / "pyproject.toml", BROKEN_FOR_CLEANER)
    a, b = projects / "one" / "deep" / "a.txt", projects / "two" / "b.txt"
    result = runner.invoke(app, ["clean", str(b), str(a)])
    assert result.exit_code == 2
    assert str(projects / "one" / "pyproject.toml") in result.stderr and "--isolated" in result.stderr
    assert text(a) == DIRTY and text(b) == DIRTY


def test_rule_directories_are_relative_to_their_settings(runner, projects):
    rules = projects / "two" / "house"
    put(rules / "boilerplate-house.toml",
        '[[rule]]\nid = "house-line"\nscope = "line"\ndescription = "house"\npattern = "Weiter zur Hausmitteilung"\n'
        'examples = ["Weiter zur Hausmitteilung"]\ncounter_examples = ["Die Hausmitteilung kam am Montag."]\n')
    put(projects / "two" / "pyproject.toml", '[tool.cleaner]\nrules = ["house"]\n')
    body = "Die Regierung hat am Montag neue Regeln beschlossen.\n"
    b = put(projects / "two" / "b.txt", "Weiter zur Hausmitteilung\n" + body)
    a = put(projects / "one" / "deep" / "a.txt", "Weiter zur Hausmitteilung\n" + body)
    assert runner.invoke(app, ["clean", str(a), str(b)]).exit_code == 0
    assert text(b) == body and text(a) == "Weiter zur Hausmitteilung\n" + body


def test_config_file_names_the_settings_for_every_input(runner, projects):
    cfg = put(projects / "elsewhere" / "settings.toml", '[tool.cleaner]\nselect = ["mojibake"]\n')
    a, b = projects / "one" / "deep" / "a.txt", projects / "two" / "b.txt"
    result = runner.invoke(app, ["clean", "--config", str(cfg), str(a), str(b)])
    assert result.exit_code == 0, result.output
    assert text(a) == text(b) == "Alibaba’s cloud  \n"
    missing = runner.invoke(app, ["clean", "--config", str(projects / "nope.toml"), str(a)])
    assert missing.exit_code == 2 and "--config" in missing.stderr


def test_a_named_config_file_must_be_readable(runner, projects):
    cfg = put(projects / "bad.toml", "[tool.other\n")  # named: an error even without 'cleaner' in it
    result = runner.invoke(app, ["clean", "--config", str(cfg), str(projects / "two" / "b.txt")])
    assert result.exit_code == 2 and str(cfg) in result.stderr
    assert text(projects / "two" / "b.txt") == DIRTY


def test_isolated_ignores_every_configuration(runner, projects):
    put(projects / "work" / "pyproject.toml", BROKEN_FOR_CLEANER)
    a = projects / "one" / "deep" / "a.txt"
    result = runner.invoke(app, ["clean", "--isolated", str(a)])
    assert result.exit_code == 0, result.output
    assert text(a) == FIXED
    piped = runner.invoke(app, ["clean", "--isolated", "-"], input=DIRTY.encode())
    assert piped.exit_code == 0 and piped.stdout == FIXED
    both = runner.invoke(app, ["clean", "--isolated", "--config", str(projects / "one" / "pyproject.toml"), str(a)])
    assert both.exit_code == 2 and "--isolated" in both.stderr


def test_stdin_takes_the_working_directory_settings(runner, projects):
    result = runner.invoke(app, ["clean", "-"], input=DIRTY.encode())
    assert result.exit_code == 0 and result.stdout == WHITESPACE_ONLY


def test_settings_per_file_in_a_worker_pool(runner, projects):
    ones = [put(projects / "one" / f"p{i}.txt", DIRTY) for i in range(POOL_THRESHOLD)]
    twos = [put(projects / "two" / f"q{i}.txt", DIRTY) for i in range(POOL_THRESHOLD)]
    result = runner.invoke(app, ["clean", "--jobs", "2", str(projects / "one"), str(projects / "two")])
    assert result.exit_code == 0, result.output
    assert all(text(p) == WHITESPACE_ONLY for p in ones) and all(text(q) == FIXED for q in twos)


def test_jobs_setting_of_the_run(runner, projects, monkeypatch):
    put(projects / "two" / "pyproject.toml", "[tool.cleaner]\njobs = 1\n")
    seen = []
    from cleaner import batch

    real = batch.run

    def spy(targets, opts, jobs=None, **kwargs):
        seen.append(jobs)
        return real(targets, opts, jobs, **kwargs)

    monkeypatch.setattr(batch, "run", spy)
    assert runner.invoke(app, ["clean", str(projects / "two")]).exit_code == 0
    assert seen == [1]
    assert runner.invoke(app, ["clean", "-j", "3", str(projects / "two")]).exit_code == 0
    assert seen == [1, 3]


@pytest.mark.slow
def test_installed_command_per_file_settings(projects):
    exe = cleaner_executable()
    a, b = projects / "one" / "deep" / "a.txt", projects / "two" / "b.txt"
    put(projects / "work" / "pyproject.toml", BROKEN_FOR_CLEANER)
    proc = subprocess.run([exe, "clean", str(a), str(b)], capture_output=True, text=True, cwd=projects / "work", timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert text(a) == WHITESPACE_ONLY and text(b) == FIXED
    piped = subprocess.run([exe, "clean", "-"], input=DIRTY.encode(), capture_output=True, cwd=projects / "work", timeout=120)
    assert piped.returncode == 2 and b"pyproject.toml" in piped.stderr and b"Traceback" not in piped.stderr
    isolated = subprocess.run([exe, "clean", "--isolated", "-"], input=DIRTY.encode(), capture_output=True,
                              cwd=projects / "work", timeout=120)
    assert isolated.returncode == 0 and isolated.stdout == FIXED.encode()


def test_load_config_reads_the_file_as_it_is_now(tmp_path):
    from cleaner.config import load_config

    (tmp_path / "pyproject.toml").write_text(ONLY_WHITESPACE, encoding="utf-8")
    assert load_config(tmp_path).select == ("whitespace",)
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nselect = ["html"]\n', encoding="utf-8")
    assert load_config(tmp_path).select == ("html",)
