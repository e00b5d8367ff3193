"""The CLI contract, through typer's CliRunner (in-process)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app

MOJIBAKE = "Alibaba\u00e2\u20ac\u2122s <p>cloud</p>\n"
FIXED = "Alibaba’s cloud\n"
CLEAN = "A clean line with “curly” quotes.\n"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / ".git").mkdir()
    (root / "a.txt").write_text(MOJIBAKE, encoding="utf-8")
    (root / "sub" / "b.md").write_text("Trailing   \n", encoding="utf-8")
    (root / "sub" / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (root / "sub" / "notes.html").write_text(MOJIBAKE, encoding="utf-8")
    (root / ".hidden" / "h.txt").write_text(MOJIBAKE, encoding="utf-8")
    (root / ".git" / "g.txt").write_text(MOJIBAKE, encoding="utf-8")
    return root


def read(p: Path) -> str:
    return p.read_bytes().decode("utf-8")


def test_clean_directory_in_place(runner, tree):
    result = runner.invoke(app, ["clean", str(tree)])
    assert result.exit_code == 0, result.output
    assert read(tree / "a.txt") == FIXED
    assert read(tree / "sub" / "b.md") == "Trailing\n"
    assert read(tree / "sub" / "clean.txt") == CLEAN
    # not matched by the default globs, or hidden: untouched
    assert read(tree / "sub" / "notes.html") == MOJIBAKE
    assert read(tree / ".hidden" / "h.txt") == MOJIBAKE
    assert read(tree / ".git" / "g.txt") == MOJIBAKE
    assert "2 files cleaned, 1 unchanged, 0 errors" in result.stderr


def test_glob_option(runner, tree):
    result = runner.invoke(app, ["clean", "--glob", "*.html", str(tree)])
    assert result.exit_code == 0
    assert read(tree / "sub" / "notes.html") == FIXED
    assert read(tree / "a.txt") == MOJIBAKE


def test_explicit_file_is_cleaned_whatever_its_name(runner, tree):
    target = tree / "sub" / "notes.html"
    assert runner.invoke(app, ["clean", str(target)]).exit_code == 0
    assert read(target) == FIXED


@pytest.mark.parametrize(
    "data",
    [b"", b"clean text\n", b"no final newline", b"crlf line\r\nsecond\r\n", b"cr only\rline\r", "“curly” ，。\n".encode()],
)
def test_stdin_passes_clean_bytes_through_identically(runner, data):
    result = runner.invoke(app, ["clean", "-"], input=data)
    assert result.exit_code == 0
    assert result.stdout_bytes == data


def test_stdin_without_path_when_piped(runner):
    result = runner.invoke(app, ["clean"], input=MOJIBAKE.encode())
    assert result.exit_code == 0
    assert result.stdout_bytes == FIXED.encode()


def test_stdin_keeps_crlf_and_missing_final_newline(runner):
    result = runner.invoke(app, ["clean", "-"], input="Alibaba\u00e2\u20ac\u2122s  \r\nend".encode())
    assert result.stdout_bytes == "Alibaba’s\r\nend".encode()


def test_check_lists_files_and_writes_nothing(runner, tree):
    before = {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()}
    result = runner.invoke(app, ["clean", "--check", str(tree)])
    assert result.exit_code == 1
    assert f"would clean {tree / 'a.txt'}" in result.stdout
    assert f"would clean {tree / 'sub' / 'b.md'}" in result.stdout
    assert "clean.txt" not in result.stdout
    assert {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()} == before


def test_check_passes_on_clean_files(runner, tree):
    result = runner.invoke(app, ["clean", "--check", str(tree / "sub" / "clean.txt")])
    assert result.exit_code == 0
    assert result.stdout == ""


def test_diff_prints_unified_diff_and_writes_nothing(runner, tree):
    result = runner.invoke(app, ["clean", "--diff", str(tree / "a.txt")])
    assert result.exit_code == 1
    assert "-Alibaba\u00e2\u20ac\u2122s <p>cloud</p>" in result.stdout
    assert "+Alibaba’s cloud" in result.stdout
    assert result.stdout.startswith("--- ")
    assert read(tree / "a.txt") == MOJIBAKE


def test_diff_on_stdin(runner):
    result = runner.invoke(app, ["clean", "--diff", "-"], input=MOJIBAKE.encode())
    assert result.exit_code == 1
    assert "+Alibaba’s cloud" in result.stdout


def test_output_dir_mirrors_tree_and_leaves_inputs(runner, tree, tmp_path):
    out = tmp_path / "out"
    before = {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()}
    result = runner.invoke(app, ["clean", "--output-dir", str(out), str(tree)])
    assert result.exit_code == 0, result.output
    assert read(out / "a.txt") == FIXED
    assert read(out / "sub" / "b.md") == "Trailing\n"
    assert read(out / "sub" / "clean.txt") == CLEAN  # unchanged files are copied too
    assert not (out / "sub" / "notes.html").exists()
    assert {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()} == before


def test_report_is_json_lines_one_object_per_edit(runner, tree, tmp_path):
    report = tmp_path / "edits.jsonl"
    result = runner.invoke(app, ["clean", "--report", str(report), str(tree / "a.txt")])
    assert result.exit_code == 0
    records = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 3
    for r in records:
        assert {"path", "pass", "rule", "line", "column", "before", "after", "reason"} <= set(r)
        assert r["path"] == str(tree / "a.txt")
    assert [r["pass"] for r in records] == ["html", "html", "mojibake"]  # in the order the passes ran
    moji = records[-1]
    assert (moji["pass"], moji["rule"], moji["line"], moji["column"]) == ("mojibake", "utf8-as-cp1252", 1, 8)
    assert (moji["before"], moji["after"]) == ("\u00e2\u20ac\u2122", "’")


def test_select_and_ignore(runner):
    only_html = runner.invoke(app, ["clean", "--select", "html", "-"], input=MOJIBAKE.encode())
    assert only_html.stdout_bytes.decode() == "Alibaba\u00e2\u20ac\u2122s cloud\n"
    no_html = runner.invoke(app, ["clean", "--ignore", "html", "-"], input=MOJIBAKE.encode())
    assert no_html.stdout_bytes.decode() == "Alibaba’s <p>cloud</p>\n"
    both = runner.invoke(app, ["clean", "--select", "mojibake,html", "-"], input=MOJIBAKE.encode())
    assert both.stdout_bytes.decode() == FIXED


def test_unknown_pass_is_an_error(runner):
    result = runner.invoke(app, ["clean", "--select", "nope", "-"], input=b"x")
    assert result.exit_code == 2
    assert "unknown pass 'nope'" in result.stderr


def test_passes_lists_each_pass(runner):
    from cleaner.passes import PASSES

    result = runner.invoke(app, ["passes"])
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert [line.split()[0] for line in lines] == [p.name for p in PASSES]


def test_lang_option_reaches_the_document(runner, monkeypatch):
    from cleaner import pipeline

    seen = []
    real_clean = pipeline.clean

    def spy(text, **kw):
        seen.append(kw.get("lang"))
        return real_clean(text, **kw)

    monkeypatch.setattr("cleaner.batch.clean", spy)
    runner.invoke(app, ["clean", "--lang", "fr", "-"], input=b"Bonjour\n")
    assert seen == ["fr"]


def test_bad_option_exits_2(runner):
    assert runner.invoke(app, ["clean", "--no-such-flag", "x"]).exit_code == 2


def test_binary_and_invalid_utf8_files_are_reported_and_left(runner, tree):
    (tree / "nul.txt").write_bytes(b"abc\x00def  \n")
    (tree / "latin1.txt").write_bytes("caf\xe9  \n".encode("latin-1"))
    result = runner.invoke(app, ["clean", str(tree)])
    assert result.exit_code == 2
    assert (tree / "nul.txt").read_bytes() == b"abc\x00def  \n"
    assert (tree / "latin1.txt").read_bytes() == "caf\xe9  \n".encode("latin-1")
    assert "nul.txt: contains NUL bytes" in result.stderr
    assert "latin1.txt: not valid UTF-8" in result.stderr
    # the other files were still cleaned
    assert read(tree / "a.txt") == FIXED
    assert "2 files cleaned, 1 unchanged, 2 errors" in result.stderr


def test_invalid_utf8_on_stdin_is_passed_through_with_exit_2(runner):
    result = runner.invoke(app, ["clean", "-"], input=b"\xff\xfe bad  \n")
    assert result.exit_code == 2
    assert result.stdout_bytes == b"\xff\xfe bad  \n"


def test_missing_path_is_an_error_and_others_continue(runner, tree):
    result = runner.invoke(app, ["clean", str(tree / "nope.txt"), str(tree / "a.txt")])
    assert result.exit_code == 2
    assert "nope.txt: no such file or directory" in result.stderr
    assert read(tree / "a.txt") == FIXED


def test_in_place_write_keeps_permissions(runner, tree):
    target = tree / "a.txt"
    os.chmod(target, 0o640)
    assert runner.invoke(app, ["clean", str(target)]).exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert not [p for p in tree.iterdir() if p.name.startswith(".cleaner-")]


def test_batch_with_worker_processes_matches_serial(runner, tmp_path):
    from cleaner.batch import POOL_THRESHOLD

    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    for d in (serial, parallel):
        d.mkdir()
        for i in range(POOL_THRESHOLD + 5):
            (d / f"{i:03d}.txt").write_text(f"Article {i}  \n" + MOJIBAKE * (i % 3), encoding="utf-8")
    r1 = runner.invoke(app, ["clean", "--jobs", "1", str(serial)])
    r2 = runner.invoke(app, ["clean", "--jobs", "2", str(parallel)])
    assert r1.exit_code == r2.exit_code == 0
    for p in serial.iterdir():
        assert p.read_bytes() == (parallel / p.name).read_bytes()
    assert f"{POOL_THRESHOLD + 5} files cleaned, 0 unchanged, 0 errors" in r2.stderr


def test_statistics_counts_edits_per_rule(runner):
    result = runner.invoke(app, ["clean", "--statistics", "-"], input=MOJIBAKE.encode())
    assert "2  html/html-tag" in result.stderr
    assert "1  mojibake/utf8-as-cp1252" in result.stderr


def test_config_in_nearest_pyproject(runner, tree, monkeypatch):
    (tree / "pyproject.toml").write_text('[tool.cleaner]\nselect = ["whitespace"]\nglob = ["*.txt", "*.md"]\n')
    monkeypatch.chdir(tree / "sub")
    result = runner.invoke(app, ["clean", str(tree / "a.txt")])
    assert result.exit_code == 0
    assert read(tree / "a.txt") == MOJIBAKE  # only whitespace ran
    # flags override the config
    result = runner.invoke(app, ["clean", "--select", "mojibake,html", str(tree / "a.txt")])
    assert read(tree / "a.txt") == FIXED


def test_bad_config_is_an_error(runner, tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[tool.cleaner]\nselec = ['html']\n")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["clean", "-"], input=b"x")
    assert result.exit_code == 2
    assert "unknown key 'selec'" in result.stderr


def test_other_encodings_only_with_encoding_flag(runner, tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("café  \n".encode("latin-1"))
    refused = runner.invoke(app, ["clean", str(latin)])
    assert refused.exit_code == 2 and latin.read_bytes() == "café  \n".encode("latin-1")
    assert runner.invoke(app, ["clean", "--encoding", "latin-1", str(latin)]).exit_code == 0
    assert latin.read_bytes() == "café\n".encode("latin-1")
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes("Alibaba <b>cloud</b>  \n".encode("utf-16"))
    refused = runner.invoke(app, ["clean", str(utf16)])
    assert refused.exit_code == 2 and "UTF-16 text" in refused.stderr
    assert runner.invoke(app, ["clean", "--encoding", "utf-16", str(utf16)]).exit_code == 0
    assert utf16.read_bytes() == "Alibaba cloud\n".encode("utf-16")
    gb = tmp_path / "gb.txt"
    gb.write_bytes("阿里巴巴  \n".encode("gb18030"))
    assert runner.invoke(app, ["clean", "--encoding", "gb18030", str(gb)]).exit_code == 0
    assert gb.read_bytes() == "阿里巴巴\n".encode("gb18030")


def test_symlinks_are_never_written_through(runner, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(MOJIBAKE, encoding="utf-8")
    tree = tmp_path / "tree"
    tree.mkdir()
    link = tree / "link.txt"
    link.symlink_to(outside)
    walked = runner.invoke(app, ["clean", str(tree)])
    assert walked.exit_code == 0 and read(outside) == MOJIBAKE  # not followed while walking
    named = runner.invoke(app, ["clean", str(link)])
    assert named.exit_code == 2 and "symbolic link" in named.stderr
    assert read(outside) == MOJIBAKE and link.is_symlink()
    checked = runner.invoke(app, ["clean", "--check", str(link)])
    assert checked.exit_code == 1


# -- one Report for every runner; the rule set passed explicitly --------------------------------
def test_report_counts_and_return_codes():
    from cleaner.report import CHANGED, ERROR, UNCHANGED, Report

    writing = Report(writes=True)
    for status in (CHANGED, CHANGED, UNCHANGED):
        writing.done(status)
    assert (writing.change_count, writing.same_count, writing.failure_count) == (2, 1, 0)
    assert writing.return_code == 0 and str(writing) == "2 files cleaned, 1 unchanged, 0 errors"
    checking = Report(writes=False)
    checking.done(CHANGED)
    assert checking.return_code == 1 and str(checking) == "1 file would be cleaned, 0 unchanged, 0 errors"
    checking.done(ERROR)
    assert checking.return_code == 2
    records = Report(writes=False, unit="record")
    records.done(UNCHANGED)
    assert str(records) == "0 records would be cleaned, 1 unchanged, 0 errors" and records.return_code == 0
    failed_output = Report()
    failed_output.output_failed = True
    assert failed_output.return_code == 2


def test_rules_for_follows_its_options_every_time(tmp_path):
    from cleaner import batch
    from cleaner.rules import RuleSetError

    first = batch.rules_for(batch.Options())
    assert first is not None
    with pytest.raises(RuleSetError):
        batch.rules_for(batch.Options(rule_dirs=(str(tmp_path / "nonexistent"),)))
    assert not hasattr(batch, "_RULES") and not hasattr(batch, "set_rules")


def test_a_missing_rule_directory_after_a_first_run_is_still_an_error(runner, tmp_path):
    assert runner.invoke(app, ["clean", "-"], input=MOJIBAKE.encode()).stdout == FIXED
    missing = tmp_path / "nonexistent"
    result = runner.invoke(app, ["clean", "--rules", str(missing), "-"], input=MOJIBAKE.encode())
    assert result.exit_code == 2, result.output
    assert str(missing) in result.stderr
    # and a rule directory given once does not linger into the next run
    rules = tmp_path / "house"
    rules.mkdir()
    (rules / "boilerplate-house.toml").write_text(
        '[[rule]]\nid = "house-line"\nscope = "line"\ndescription = "house"\npattern = "Weiter zur Hausmitteilung"\n'
        'examples = ["Weiter zur Hausmitteilung"]\ncounter_examples = ["Die Hausmitteilung kam am Montag."]\n',
        encoding="utf-8")
    text = "Weiter zur Hausmitteilung\nDie Regierung hat am Montag neue Regeln beschlossen.\n"
    with_rule = runner.invoke(app, ["clean", "--rules", str(rules), "-"], input=text.encode())
    assert with_rule.exit_code == 0, with_rule.stderr
    without = runner.invoke(app, ["clean", "-"], input=text.encode())
    assert with_rule.stdout != without.stdout and without.stdout == text


def test_settings_reach_the_command_through_its_default_map(runner, tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nselect = ["whitespace"]\njobs = 3\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    seen = {}
    from cleaner import cli, runner as stdin_runner

    real = stdin_runner.clean_stdin

    def spy(opts, *args, **kwargs):
        seen["select"] = opts.select
        return real(opts, *args, **kwargs)

    monkeypatch.setattr(stdin_runner, "clean_stdin", spy)
    result = runner.invoke(app, ["clean", "-"], input=MOJIBAKE.encode())
    assert result.exit_code == 0 and seen["select"] == ("whitespace",) and result.stdout == MOJIBAKE
    ctx = cli.typer.main.get_command(app).commands["clean"].make_context(
        "clean", ["-"], obj=None)
    assert ctx.default_map["select"] == ["whitespace"] and ctx.default_map["jobs"] == 3


def test_output_without_jsonl_and_language_names_are_refused(runner, tree, tmp_path, monkeypatch):
    before = read(tree / "a.txt")
    refused = runner.invoke(app, ["clean", "-o", str(tmp_path / "out.txt"), str(tree)])
    assert refused.exit_code == 2 and "--output-dir" in refused.stderr and read(tree / "a.txt") == before
    named = runner.invoke(app, ["clean", "--lang", "english", str(tree)])
    assert named.exit_code == 2 and "language code" in named.stderr and read(tree / "a.txt") == before
    assert runner.invoke(app, ["clean", "--check", "--lang", "zh-Hant", str(tree)]).exit_code == 1
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nlang = "French"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    configured = runner.invoke(app, ["clean", "-"], input=b"x\n")
    assert configured.exit_code == 2 and "'lang' must be a language code" in configured.stderr


def test_jsonl_output_in_a_missing_directory_is_one_line_and_exit_2(runner, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "x <b>y</b>"}\n', encoding="utf-8")
    result = runner.invoke(app, ["clean", "--jsonl", str(source), "-o", str(tmp_path / "missing" / "out.jsonl")])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "--output" in result.stderr and not (tmp_path / "missing").exists()
