"""The pre-commit hooks, for real: `pre-commit try-repo` against this checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT

pytestmark = pytest.mark.slow

DIRTY = "Alibaba\u00e2\u20ac\u2122s cloud   \n\n\n\n\nShares rose &amp; fell.\n"


def git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def pre_commit(*args, cwd, env):
    exe = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which("pre-commit")
    assert exe, "pre-commit is not installed (it is in the test extras)"
    return subprocess.run([exe, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


@pytest.mark.parametrize("hook", ["cleaner", "cleaner-check"])
def test_hook_fails_fixes_then_passes(tmp_path, hook):
    if not (ROOT / ".git").exists():
        pytest.fail("the checkout is not a git repository; pre-commit try-repo needs one")
    repo = tmp_path / "collection"
    (repo / "seeds").mkdir(parents=True)
    git("init", "-q", cwd=repo)
    git("config", "user.email", "test@example.invalid", cwd=repo)
    git("config", "user.name", "test", cwd=repo)
    (repo / "seeds" / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (repo / "seeds" / "clean.txt").write_text("Already clean.\n", encoding="utf-8")
    # pre-commit names every file; the hook applies the repository's exclusions to them (--force-exclude)
    (repo / "seeds" / "kept-as-scraped.txt").write_text(DIRTY, encoding="utf-8")
    (repo / "pyproject.toml").write_text('[tool.cleaner]\nexclude = ["kept-as-*.txt"]\n', encoding="utf-8")
    git("add", ".", cwd=repo)
    env = {**os.environ, "PRE_COMMIT_HOME": os.environ.get("PRE_COMMIT_HOME", str(Path.home() / ".cache" / "pre-commit"))}
    env.pop("VIRTUAL_ENV", None)

    first = pre_commit("try-repo", str(ROOT), hook, "--all-files", cwd=repo, env=env)
    assert first.returncode == 1, first.stdout + first.stderr
    if hook == "cleaner":
        assert "files were modified by this hook" in first.stdout
        assert (repo / "seeds" / "dirty.txt").read_text(encoding="utf-8") == "Alibaba’s cloud\n\nShares rose & fell.\n"
        second = pre_commit("try-repo", str(ROOT), hook, "--all-files", cwd=repo, env=env)
        assert second.returncode == 0, second.stdout + second.stderr
    else:
        assert "seeds/dirty.txt:1:8: mojibake/utf8-as-cp1252 [safe]" in first.stdout  # says why
        assert (repo / "seeds" / "dirty.txt").read_text(encoding="utf-8") == DIRTY
    assert (repo / "seeds" / "clean.txt").read_text(encoding="utf-8") == "Already clean.\n"
    assert (repo / "seeds" / "kept-as-scraped.txt").read_text(encoding="utf-8") == DIRTY
    assert "kept-as-scraped" not in first.stdout


def test_hooks_run_serially_and_apply_exclusions():
    """One process for all the files pre-commit passes (one worker pool, not one per slice of files)."""
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {h["id"] for h in hooks} == {"cleaner", "cleaner-check"}
    for hook in hooks:
        assert hook["require_serial"] is True
        assert "--force-exclude" in hook["entry"].split() and hook["entry"].endswith(" --")


@pytest.mark.parametrize("hook", ["cleaner", "cleaner-check"])
def test_file_named_like_an_option_is_a_file(tmp_path, hook):
    """pre-commit appends file names to the hook's entry; '--' keeps them from being read as options."""
    repo = tmp_path / "collection"
    repo.mkdir()
    git("init", "-q", cwd=repo)
    (repo / "README.md").write_text("Keep me exactly.\n", encoding="utf-8")
    (repo / "--report=README.md").write_text(DIRTY, encoding="utf-8")
    git("add", "--", ".", cwd=repo)
    env = {**os.environ, "PRE_COMMIT_HOME": os.environ.get("PRE_COMMIT_HOME", str(Path.home() / ".cache" / "pre-commit"))}
    env.pop("VIRTUAL_ENV", None)
    proc = pre_commit("try-repo", str(ROOT), hook, "--all-files", cwd=repo, env=env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert (repo / "README.md").read_text(encoding="utf-8") == "Keep me exactly.\n"
    from cleaner.pipeline import clean

    cleaned = (repo / "--report=README.md").read_text(encoding="utf-8")
    as_markdown = clean(DIRTY, path="--report=README.md").text  # a .md file: entity references are Markdown syntax
    assert as_markdown != DIRTY
    assert cleaned == (as_markdown if hook == "cleaner" else DIRTY)
