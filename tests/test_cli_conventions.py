"""Conventions users of ruff, black and pre-commit expect from a command-line tool."""

from __future__ import annotations

import subprocess

from helpers import cleaner_executable

import cleaner

CLEANER = cleaner_executable()


def test_version():
    for flag in ("--version", "-V"):
        proc = subprocess.run([CLEANER, flag], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0
        assert proc.stdout == f"cleaner {cleaner.__version__}\n"


def test_double_dash_ends_options_in_every_command(tmp_path):
    odd = tmp_path / "--rules=x.txt"
    odd.write_text("Shares rose.\n", encoding="utf-8")
    proc = subprocess.run([CLEANER, "clean", "--check", "--", odd.name], capture_output=True, text=True,
                          cwd=tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run([CLEANER, "suggest", "--", odd.name], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr
