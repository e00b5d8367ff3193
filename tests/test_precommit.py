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
    cleaned = (repo / "--report=README.md").read_text(encoding="utf-8")
    assert cleaned == ("Alibaba’s cloud\n\nShares rose & fell.\n" if hook == "cleaner" else DIRTY)
