"""Which files a run leaves out: --exclude, .gitignore, [tool.cleaner] exclude, --force-exclude,
and --stdin-filename (the settings and exclusions of a path applied to text on stdin)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from helpers import cleaner_executable

DIRTY = "Alibaba\u00e2\u20ac\u2122s cloud  \n"
FIXED = "Alibaba’s cloud\n"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch) -> Path:
    """A repository: a .gitignore at the root and one deeper, files at several depths."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    for rel in ("a/one.txt", "a/drafts/d.txt", "a/notes.log.txt", "a/keep.log.txt", "b/two.md", "b/deep/x/three.txt",
                "build/out.txt"):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(DIRTY, encoding="utf-8")
    (root / ".gitignore").write_text("*.log.txt\n/build/\n", encoding="utf-8")
    (root / "a" / ".gitignore").write_text("drafts/\n!keep.log.txt\n", encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def cleaned(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*.*") if p.is_file()
            and ".git" not in p.parts and p.name != ".gitignore" and p.read_text(encoding="utf-8") == FIXED}


def test_gitignore_is_respected_when_walking(runner, repo):
    result = runner.invoke(app, ["clean", "."])
    assert result.exit_code == 0, result.output
    # *.log.txt and /build/ from the root, drafts/ from a/.gitignore; a/.gitignore re-includes keep.log.txt
    assert cleaned(repo) == {"a/one.txt", "a/keep.log.txt", "b/two.md", "b/deep/x/three.txt"}
    assert "4 files cleaned" in result.stderr


def test_gitignore_can_be_turned_off(runner, repo):
    result = runner.invoke(app, ["clean", "--no-respect-gitignore", "."])
    assert result.exit_code == 0
    assert len(cleaned(repo)) == 7


def test_gitignore_outside_the_walked_directory_up_to_the_repository_root(runner, repo):
    result = runner.invoke(app, ["clean", "--check", "a"])
    assert result.exit_code == 1
    listed = {Path(line.split(" ", 2)[2]).as_posix() for line in result.stdout.splitlines()}
    assert listed == {"a/one.txt", "a/keep.log.txt"}


def test_a_gitignore_above_the_repository_root_does_not_apply(runner, tmp_path, monkeypatch):
    (tmp_path / ".gitignore").write_text("*.txt\n", encoding="utf-8")
    inner = tmp_path / "inner"
    (inner / ".git").mkdir(parents=True)
    (inner / "a.txt").write_text(DIRTY, encoding="utf-8")
    assert runner.invoke(app, ["clean", str(inner)]).exit_code == 0
    assert (inner / "a.txt").read_text(encoding="utf-8") == FIXED


def test_exclude_patterns_are_gitignore_patterns(runner, repo):
    result = runner.invoke(app, ["clean", "-v", "--exclude", "deep/", "--exclude", "*.md", "."])
    assert result.exit_code == 0
    assert cleaned(repo) == {"a/one.txt", "a/keep.log.txt"}
    assert "excluded b/two.md (--exclude)" in result.stderr


def test_explicit_paths_are_cleaned_unless_force_exclude(runner, repo):
    named = ["a/drafts/d.txt", "b/two.md"]
    check = runner.invoke(app, ["clean", "--check", "--exclude", "*.md", *named])
    assert check.exit_code == 1 and check.stdout.splitlines() == ["would clean a/drafts/d.txt", "would clean b/two.md"]
    forced = runner.invoke(app, ["clean", "--check", "--force-exclude", "--exclude", "*.md", *named])
    assert forced.exit_code == 0 and forced.stdout == ""
    assert "0 files would be cleaned" in forced.stderr


def test_config_exclude_and_extend_exclude(runner, repo):
    (repo / "pyproject.toml").write_text('[tool.cleaner]\nexclude = ["b/deep/"]\nextend-exclude = ["one.txt"]\n',
                                         encoding="utf-8")
    result = runner.invoke(app, ["clean", "."])
    assert result.exit_code == 0, result.output
    assert cleaned(repo) == {"a/keep.log.txt", "b/two.md"}


def test_config_exclude_is_relative_to_its_file(runner, repo):
    # "/two.md" anchors at b/, where the settings live, not at the working directory
    (repo / "b" / "pyproject.toml").write_text('[tool.cleaner]\nexclude = ["/two.md"]\n', encoding="utf-8")
    result = runner.invoke(app, ["clean", "--check", "."])
    assert "would clean b/two.md" not in result.stdout and "would clean a/one.txt" in result.stdout


def test_a_bad_exclude_setting_is_an_error(runner, repo):
    (repo / "pyproject.toml").write_text('[tool.cleaner]\nexclude = "b/"\n', encoding="utf-8")
    result = runner.invoke(app, ["clean", "."])
    assert result.exit_code == 2 and "'exclude' must be a list of strings" in result.stderr
    assert cleaned(repo) == set()


def test_stdin_filename_excluded_passes_through_unchanged(runner, repo):
    result = runner.invoke(app, ["clean", "--stdin-filename", "a/drafts/new.txt", "-"], input=DIRTY.encode())
    assert result.exit_code == 0 and result.stdout == DIRTY
    checked = runner.invoke(app, ["clean", "--check", "--stdin-filename", "a/drafts/new.txt", "-"], input=DIRTY.encode())
    assert checked.exit_code == 0
    by_pattern = runner.invoke(app, ["clean", "--exclude", "*.md", "--stdin-filename", "b/new.md", "-"], input=DIRTY.encode())
    assert by_pattern.stdout == DIRTY


def test_stdin_filename_names_the_text_and_takes_its_settings(runner, repo):
    (repo / "b" / "pyproject.toml").write_text('[tool.cleaner]\nselect = ["whitespace"]\n', encoding="utf-8")
    in_b = runner.invoke(app, ["clean", "--stdin-filename", "b/new.txt", "-"], input=DIRTY.encode())
    assert in_b.exit_code == 0 and in_b.stdout == "Alibaba\u00e2\u20ac\u2122s cloud\n"  # only whitespace ran
    in_a = runner.invoke(app, ["clean", "--stdin-filename", "a/new.txt", "-"], input=DIRTY.encode())
    assert in_a.stdout == FIXED
    listed = runner.invoke(app, ["clean", "--check", "--output-format", "concise", "--stdin-filename", "a/new.txt", "-"],
                           input=DIRTY.encode())
    assert listed.exit_code == 1
    assert listed.stdout.splitlines()[0].startswith("a/new.txt:1:")


def test_stdin_filename_needs_stdin(runner, repo):
    result = runner.invoke(app, ["clean", "--stdin-filename", "a/x.txt", "a/one.txt"])
    assert result.exit_code == 2 and "--stdin-filename" in result.stderr
    assert (repo / "a" / "one.txt").read_text(encoding="utf-8") == DIRTY


@pytest.mark.slow
def test_installed_command_respects_gitignore_and_force_exclude(repo):
    exe = cleaner_executable()
    walked = subprocess.run([exe, "clean", "--check", "."], capture_output=True, text=True, cwd=repo, timeout=120)
    assert walked.returncode == 1
    assert "a/drafts/d.txt" not in walked.stdout and "build/out.txt" not in walked.stdout
    assert "would clean a/one.txt" in walked.stdout
    forced = subprocess.run([exe, "clean", "--force-exclude", "a/drafts/d.txt", "a/one.txt"], capture_output=True,
                            text=True, cwd=repo, timeout=120)
    assert forced.returncode == 0, forced.stderr
    assert (repo / "a" / "drafts" / "d.txt").read_text(encoding="utf-8") == DIRTY
    assert (repo / "a" / "one.txt").read_text(encoding="utf-8") == FIXED
    piped = subprocess.run([exe, "clean", "--stdin-filename", "build/new.txt", "-"], input=DIRTY.encode(),
                           capture_output=True, cwd=repo, timeout=120)
    assert piped.returncode == 0 and piped.stdout == DIRTY.encode()


# -- the walk does not enter an excluded directory ------------------------------------------------
def _gitignore_dirs(root: Path, *patterns: str):
    """A directory test with gitignore semantics (a pattern ending in "/" names a directory)."""
    import pathspec

    spec = pathspec.GitIgnoreSpec.from_lines(patterns)
    return lambda d: spec.match_file(d.relative_to(root).as_posix() + "/")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    for rel in ("a/one.txt", "a/drafts/d.txt", "a/drafts/deeper/e.txt", "b/two.md", "build/out.txt",
                "build/x/y/z.txt", "notes/build.txt"):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(DIRTY, encoding="utf-8")
    return root


def test_the_walk_does_not_list_an_excluded_directory(tree, monkeypatch):
    from cleaner import files

    listed = []
    real_scandir = files.os.scandir

    def counting_scandir(path):
        listed.append(Path(path).relative_to(tree).as_posix())
        return real_scandir(path)

    monkeypatch.setattr(files.os, "scandir", counting_scandir)
    found = list(files.discover([tree], skip_dir=_gitignore_dirs(tree, "drafts/", "/build/")))
    assert sorted(listed) == [".", "a", "b", "notes"]
    assert sorted(t.relative.as_posix() for t in found) == ["a/one.txt", "b/two.md", "notes/build.txt"]


def test_without_exclusions_the_walk_lists_every_directory(tree, monkeypatch):
    from cleaner import files

    listed = []
    real_scandir = files.os.scandir
    monkeypatch.setattr(files.os, "scandir", lambda path: listed.append(path) or real_scandir(path))
    found = list(files.discover([tree]))
    assert len(listed) == 9
    assert len(found) == 7


def test_nothing_under_an_excluded_directory_is_reported(tree):
    """A FIFO under an excluded directory would be reported as skipped if the walk went there."""
    import os

    from cleaner.files import InputError, discover

    os.mkfifo(tree / "build" / "pipe.txt")
    assert any(isinstance(item, InputError) for item in discover([tree]))
    found = list(discover([tree], skip_dir=_gitignore_dirs(tree, "/build/")))
    assert not any(isinstance(item, InputError) for item in found)
    assert "build/x/y/z.txt" not in {t.relative.as_posix() for t in found}



def test_the_command_does_not_enter_excluded_directories(runner, repo, monkeypatch):
    from cleaner import files

    listed = []
    real_scandir = files.os.scandir

    def counting_scandir(path):
        if sys._getframe(1).f_code is files._walk.__code__:  # the walk's listings, not the configuration's
            listed.append(Path(path).resolve().relative_to(repo).as_posix())
        return real_scandir(path)

    monkeypatch.setattr(files.os, "scandir", counting_scandir)
    result = runner.invoke(app, ["clean", "-v", "--exclude", "deep/", "."])
    assert result.exit_code == 0, result.output
    assert cleaned(repo) == {"a/one.txt", "a/keep.log.txt", "b/two.md"}
    # a/drafts/ (a/.gitignore), build/ (.gitignore) and b/deep/ (--exclude) are never listed
    assert sorted(listed) == [".", "a", "b"]
    assert "excluded b/deep/ (--exclude)" in result.stderr
