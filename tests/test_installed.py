"""The installed `cleaner` command, run as a user would: a subprocess, from outside the checkout."""

from __future__ import annotations

import json
import subprocess

import pytest

from helpers import ROOT

MOJIBAKE_BYTES = b"Alibaba\xc3\xa2\xe2\x82\xac\xe2\x84\xa2s <p>cloud</p>\n"


def run(cmd, cwd, data=None):
    return subprocess.run(cmd, cwd=cwd, input=data, capture_output=True, timeout=120)


@pytest.mark.slow
def test_issue_example_from_outside_the_checkout(cleaner_cmd, tmp_path):
    assert ROOT not in tmp_path.parents
    proc = run([*cleaner_cmd, "clean", "-"], tmp_path, MOJIBAKE_BYTES)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "Alibaba’s cloud\n".encode()


@pytest.mark.slow
def test_stdin_without_path(cleaner_cmd, tmp_path):
    proc = run([*cleaner_cmd, "clean"], tmp_path, b"clean\r\nno final newline")
    assert proc.returncode == 0
    assert proc.stdout == b"clean\r\nno final newline"


@pytest.mark.slow
def test_directory_check_fix_check(cleaner_cmd, tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    (d / "one.txt").write_bytes(MOJIBAKE_BYTES)
    (d / "two.md").write_bytes(b"fine\n")
    first = run([*cleaner_cmd, "clean", "--check", str(d)], tmp_path)
    assert first.returncode == 1
    assert b"one.txt" in first.stdout and b"two.md" not in first.stdout
    report = tmp_path / "report.jsonl"
    fix = run([*cleaner_cmd, "clean", "--report", str(report), str(d)], tmp_path)
    assert fix.returncode == 0, fix.stderr
    assert b"1 file cleaned, 1 unchanged, 0 errors" in fix.stderr
    assert {json.loads(line)["pass"] for line in report.read_text().splitlines()} == {"mojibake", "html"}
    again = run([*cleaner_cmd, "clean", "--check", str(d)], tmp_path)
    assert again.returncode == 0


@pytest.mark.slow
def test_no_path_on_a_terminal_is_an_error(cleaner_cmd, tmp_path):
    pty = pytest.importorskip("pty")  # POSIX only
    import os

    master, slave = pty.openpty()
    try:
        proc = subprocess.run([*cleaner_cmd, "clean"], cwd=tmp_path, stdin=slave, capture_output=True, timeout=60)
    finally:
        os.close(slave)
        os.close(master)
    assert proc.returncode == 2
    assert b"no PATH given" in proc.stderr


@pytest.mark.slow
def test_help_and_passes(cleaner_cmd, tmp_path):
    assert run([*cleaner_cmd, "--help"], tmp_path).returncode == 0
    listing = run([*cleaner_cmd, "passes"], tmp_path)
    assert listing.returncode == 0 and b"mojibake" in listing.stdout


@pytest.mark.slow
def test_builtin_rules_ship_with_the_package(cleaner_cmd, tmp_path):
    """From outside the checkout, the installed command finds every kind of built-in rule."""
    text = "At Alibaba, Cai Chongxin said we don't bet on a single赛道. It is a long sentence about cloud computing.\nComments\n0 comments\n"
    proc = run([*cleaner_cmd, "clean", "--lang", "en", "-"], tmp_path, text.encode())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == "At Alibaba, Joe Tsai said we don't bet on a single sector. It is a long sentence about cloud computing.\n"
    listing = run([*cleaner_cmd, "rules"], tmp_path)
    assert b"comment-counter" in listing.stdout


@pytest.mark.slow
def test_progress_bar_on_a_terminal_and_summary(cleaner_cmd, tmp_path):
    pty = pytest.importorskip("pty")  # POSIX only
    import os

    d = tmp_path / "many"
    d.mkdir()
    for i in range(30):
        (d / f"{i:02d}.txt").write_bytes(MOJIBAKE_BYTES)
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen([*cleaner_cmd, "clean", str(d)], cwd=tmp_path, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=slave)
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the other end closed
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert proc.wait(timeout=120) == 0
    finally:
        os.close(master)
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert "cleaning" in shown  # the progress bar's label, drawn on the terminal
    assert "30 files cleaned, 0 unchanged, 0 errors" in shown
