"""Reliability: the input matrix, file-system faults, crashes, concurrency and hostile rules.

Most tests run the installed ``cleaner`` command in a subprocess, from a working directory
without a pyproject.toml (so no project settings apply). Permission tests drop the capabilities
that let root ignore permission bits (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER) in
the child, so they mean something when the suite runs as root; they are skipped only if that
is impossible and the permissions would be meaningless.
"""

from __future__ import annotations

import ctypes
import os
import random
import re
import signal
import stat
import subprocess
import time
from contextlib import contextmanager
from cleaner.record import replace
from pathlib import Path

import pytest
from helpers import cleaner_executable
from typer.testing import CliRunner

from cleaner import clean

# Most of these run the installed command in subprocesses: the fast loop (-m 'not slow') skips them.
pytestmark = pytest.mark.slow

CLEANER = cleaner_executable()
TMP_GLOB = ".cleaner-*.tmp"

MOJIBAKE = "Alibaba\u00e2\u20ac\u2122s"
DIRTY_LINES = [f"{MOJIBAKE} cloud grew.   ", "The <b>second</b> line.", "Third line &amp; last."]
CLEAN_LINES = ["Alibaba’s cloud grew.", "The second line.", "Third line & last."]
DIRTY = f"{MOJIBAKE} <p>cloud</p> unit grew &amp; hired.   \nShare\n\n\n\n\nComments (3)\n"


def run(args, *, cwd: Path, input: bytes | None = None, unprivileged: bool = False, timeout: float = 300):
    return subprocess.run(
        [CLEANER, *[str(a) for a in args]],
        cwd=cwd,
        input=input,
        capture_output=True,
        timeout=timeout,
        preexec_fn=_drop_dac if unprivileged and os.geteuid() == 0 else None,
    )


def tmp_files(root: Path) -> list[Path]:
    return sorted(root.rglob(TMP_GLOB))


def cleaned_bytes(data: bytes) -> bytes:
    return clean(data.decode("utf-8")).text.encode("utf-8")


# -- privileges ----------------------------------------------------------------------------
_PR_CAPBSET_DROP = 24
_CAPS = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER


def _drop_dac() -> None:
    """In the child, before exec: drop the capabilities that let root ignore permission bits."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in _CAPS:
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.fixture(scope="module")
def permissions_apply(tmp_path_factory) -> None:
    """Skip only if permission bits cannot be made to apply to the cleaner process."""
    d = tmp_path_factory.mktemp("perm-probe")
    probe = d / "secret.txt"
    probe.write_text("secret\n")
    probe.chmod(0)
    try:
        proc = subprocess.run(
            ["cat", str(probe)],
            capture_output=True,
            preexec_fn=_drop_dac if os.geteuid() == 0 else None,
        )
    except (OSError, subprocess.SubprocessError) as exc:  # prctl refused
        probe.chmod(0o644)
        pytest.skip(f"running as root and cannot drop CAP_DAC_OVERRIDE ({exc}); permissions are meaningless")
    probe.chmod(0o644)
    if proc.returncode == 0:
        pytest.skip("permission bits do not apply to this user (root with CAP_DAC_OVERRIDE)")


# -- the input matrix: in place -----------------------------------------------------------
def _join(lines: list[str], breaks: list[str], final: str) -> str:
    out = lines[0]
    for br, line in zip(breaks, lines[1:]):
        out += br + line
    return out + final


MATRIX: dict[str, tuple[bytes, bytes]] = {
    "empty": (b"", b""),
    "no-final-newline-clean": (b"A clean line with \xe2\x80\x9ccurly\xe2\x80\x9d quotes.", b"A clean line with \xe2\x80\x9ccurly\xe2\x80\x9d quotes."),
}
for _name, _br in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
    for _final in (True, False):
        _suffix = "" if _final else "-no-final-newline"
        MATRIX[f"dirty-{_name}{_suffix}"] = (
            _join(DIRTY_LINES, [_br, _br], _br if _final else "").encode(),
            _join(CLEAN_LINES, [_br, _br], _br if _final else "").encode(),
        )
        MATRIX[f"clean-{_name}{_suffix}"] = (
            _join(CLEAN_LINES, [_br, _br], _br if _final else "").encode(),
            _join(CLEAN_LINES, [_br, _br], _br if _final else "").encode(),
        )
MATRIX["dirty-mixed"] = (
    _join(DIRTY_LINES + ["End."], ["\r\n", "\n", "\r"], "\r\n").encode(),
    _join(CLEAN_LINES + ["End."], ["\r\n", "\n", "\r"], "\r\n").encode(),
)
MATRIX["dirty-mixed-no-final-newline"] = (
    _join(DIRTY_LINES + ["End."], ["\n", "\r", "\r\n"], "").encode(),
    _join(CLEAN_LINES + ["End."], ["\n", "\r", "\r\n"], "").encode(),
)
MATRIX["clean-mixed"] = (
    _join(CLEAN_LINES + ["End."], ["\r\n", "\n", "\r"], "\n").encode(),
    _join(CLEAN_LINES + ["End."], ["\r\n", "\n", "\r"], "\n").encode(),
)
MATRIX["bom-dirty"] = (
    b"\xef\xbb\xbf" + _join(DIRTY_LINES, ["\n", "\n"], "\n").encode(),
    b"\xef\xbb\xbf" + _join(CLEAN_LINES, ["\n", "\n"], "\n").encode(),
)
MATRIX["bom-dirty-crlf"] = (
    b"\xef\xbb\xbf" + _join(DIRTY_LINES, ["\r\n", "\r\n"], "\r\n").encode(),
    b"\xef\xbb\xbf" + _join(CLEAN_LINES, ["\r\n", "\r\n"], "\r\n").encode(),
)
MATRIX["bom-clean"] = (
    b"\xef\xbb\xbf" + _join(CLEAN_LINES, ["\n", "\n"], "\n").encode(),
    b"\xef\xbb\xbf" + _join(CLEAN_LINES, ["\n", "\n"], "\n").encode(),
)
# Whitespace only: what it becomes is the API's business; checked separately below.
WHITESPACE_ONLY = b"   \n\t\n\n\n\n  \r\n \xc2\xa0 "


@pytest.fixture(scope="module")
def matrix_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("matrix")
    tree = root / "articles"
    tree.mkdir()
    for name, (before, _) in MATRIX.items():
        (tree / f"{name}.txt").write_bytes(before)
    (tree / "whitespace-only.txt").write_bytes(WHITESPACE_ONLY)
    proc = run(["clean", tree], cwd=root)
    return tree, proc


def test_matrix_run_succeeds(matrix_run):
    tree, proc = matrix_run
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"0 errors" in proc.stderr
    assert tmp_files(tree) == []


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_matrix_in_place(matrix_run, name):
    tree, proc = matrix_run
    expected = MATRIX[name][1]
    assert (tree / f"{name}.txt").read_bytes() == expected


def test_whitespace_only_file_in_place(matrix_run):
    tree, proc = matrix_run
    after = (tree / "whitespace-only.txt").read_bytes()
    assert after == cleaned_bytes(WHITESPACE_ONLY)
    assert after.decode("utf-8").strip() == ""
    # and a second run leaves it alone
    again = run(["clean", "--check", tree / "whitespace-only.txt"], cwd=tree.parent)
    assert again.returncode == 0, again.stdout + again.stderr


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_matrix_on_stdin(tmp_path, name):
    before, expected = MATRIX[name]
    proc = run(["clean", "-"], cwd=tmp_path, input=before)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout == expected


def test_whitespace_only_on_stdin(tmp_path):
    proc = run(["clean", "-"], cwd=tmp_path, input=WHITESPACE_ONLY)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout == cleaned_bytes(WHITESPACE_ONLY)


def test_bom_kept_after_cleaning_dirty_file(matrix_run):
    tree, _ = matrix_run
    for name in ("bom-dirty", "bom-dirty-crlf"):
        data = (tree / f"{name}.txt").read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        assert data != MATRIX[name][0], "the dirty BOM file was not cleaned at all"
        assert not data[3:].startswith(b"\xef\xbb\xbf")


# -- the input matrix: encodings and binary files are refused --------------------------------
_TRAILER = "   \n\n\n\n\n"  # trailing spaces and blank lines: decoded, this would be cleaned
BAD_INPUTS: dict[str, bytes] = {
    "utf16-le-bom": ("Alibaba’s cloud grew." + _TRAILER).encode("utf-16"),
    "utf16-be-bom": b"\xfe\xff" + ("Alibaba’s cloud grew." + _TRAILER).encode("utf-16-be"),
    "invalid-utf8": b"Price \x80 rose." + _TRAILER.encode(),
    "truncated-utf8": b"Caf\xc3" + _TRAILER.encode(),
    "latin1": ("Café société à Paris." + _TRAILER).encode("latin-1"),
    "gb18030": ("阿里巴巴集团宣布，公司将继续投资。" + _TRAILER).encode("gb18030"),
    "nul-bytes": (DIRTY.encode("utf-8") + b"\x00\x00binary\x00" + _TRAILER.encode()),
}


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    tree = root / "articles"
    tree.mkdir()
    for name, data in BAD_INPUTS.items():
        (tree / f"{name}.txt").write_bytes(data)
    (tree / "good.txt").write_bytes(DIRTY.encode())
    proc = run(["clean", tree], cwd=root)
    return tree, proc


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_encoding_reported_and_untouched(bad_run, name):
    tree, proc = bad_run
    path = tree / f"{name}.txt"
    assert proc.returncode == 2
    errors = [ln for ln in proc.stderr.decode().splitlines() if ln.startswith("error:")]
    assert any(str(path) in ln for ln in errors), errors
    assert path.read_bytes() == BAD_INPUTS[name]


def test_bad_encoding_does_not_stop_other_files(bad_run):
    tree, proc = bad_run
    assert (tree / "good.txt").read_bytes() == cleaned_bytes(DIRTY.encode())
    assert tmp_files(tree) == []
    assert f"{len(BAD_INPUTS)} errors".encode() in proc.stderr


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_encoding_named_explicitly(tmp_path, name):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(BAD_INPUTS[name])
    proc = run(["clean", path], cwd=tmp_path)
    assert proc.returncode == 2
    assert str(path) in proc.stderr.decode()
    assert path.read_bytes() == BAD_INPUTS[name]


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_encoding_on_stdin_copied_through(tmp_path, name):
    proc = run(["clean", "-"], cwd=tmp_path, input=BAD_INPUTS[name])
    assert proc.returncode == 2
    assert b"error" in proc.stderr
    assert proc.stdout == BAD_INPUTS[name]


# -- permissions ---------------------------------------------------------------------------
def dirty_files(root: Path, *names: str) -> list[Path]:
    paths = []
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(DIRTY.encode())
        paths.append(path)
    return paths


@contextmanager
def chmodded(path: Path, mode: int, restore: int):
    """``path`` has ``mode`` inside the block and ``restore`` after it, whatever happens."""
    path.chmod(mode)
    try:
        yield
    finally:
        path.chmod(restore)


def test_unreadable_file(tmp_path, permissions_apply):
    tree = tmp_path / "articles"
    secret, other = dirty_files(tree, "secret.txt", "other.txt")
    with chmodded(secret, 0, 0o644):
        proc = run(["clean", tree], cwd=tmp_path, unprivileged=True)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert str(secret) in err and "cannot read" in err
    assert secret.read_bytes() == DIRTY.encode()
    assert stat.S_IMODE(secret.stat().st_mode) == 0o644
    assert other.read_bytes() == cleaned_bytes(DIRTY.encode())
    assert tmp_files(tree) == []


def test_file_without_write_permission(tmp_path, permissions_apply):
    """A read-only file in a writable directory is reported and left alone: its owner marked it
    so, even though the directory would let a rename replace it."""
    tree = tmp_path / "articles"
    (ro,) = dirty_files(tree, "readonly.txt")
    with chmodded(ro, 0o444, 0o644):
        proc = run(["clean", tree], cwd=tmp_path, unprivileged=True)
        mode = stat.S_IMODE(ro.stat().st_mode)
    assert proc.returncode == 2
    assert f"{ro}: is read-only" in proc.stderr.decode()
    assert ro.read_bytes() == DIRTY.encode()
    assert mode == 0o444
    assert tmp_files(tree) == []


def test_directory_that_cannot_be_listed(tmp_path, permissions_apply):
    tree = tmp_path / "articles"
    inside, outside = dirty_files(tree, "locked/inside.txt", "top.txt")
    locked = inside.parent
    with chmodded(locked, 0, 0o755):
        proc = run(["clean", tree], cwd=tmp_path, unprivileged=True)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert str(locked) in err and "cannot list" in err
    assert inside.read_bytes() == DIRTY.encode()
    assert outside.read_bytes() == cleaned_bytes(DIRTY.encode())


@pytest.mark.parametrize("name_the_file", [False, True], ids=["walked", "named"])
def test_read_only_directory_while_writing(tmp_path, permissions_apply, name_the_file):
    tree = tmp_path / "articles"
    (article,) = dirty_files(tree, "article.txt")
    with chmodded(tree, 0o555, 0o755):
        proc = run(["clean", article if name_the_file else tree], cwd=tmp_path, unprivileged=True)
        leftovers = sorted(p.name for p in tree.iterdir())
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert str(article) in err and "cannot write" in err
    assert article.read_bytes() == DIRTY.encode()
    assert leftovers == ["article.txt"]


# -- links ---------------------------------------------------------------------------------
def test_symlinks_inside_a_directory_are_not_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    target = outside / "target.txt"
    target.write_bytes(DIRTY.encode())
    (outside / "sub").mkdir()
    (outside / "sub" / "deep.txt").write_bytes(DIRTY.encode())
    tree = tmp_path / "articles"
    tree.mkdir()
    real = tree / "real.txt"
    real.write_bytes(DIRTY.encode())
    link = tree / "link.txt"
    link.symlink_to(target)
    (tree / "linkdir").symlink_to(outside / "sub", target_is_directory=True)

    proc = run(["clean", tree], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert real.read_bytes() == cleaned_bytes(DIRTY.encode())
    assert target.read_bytes() == DIRTY.encode()
    assert (outside / "sub" / "deep.txt").read_bytes() == DIRTY.encode()
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert tmp_files(tmp_path) == []


# -- SIGKILL part-way ----------------------------------------------------------------------
_KILL_SENTENCES = [
    "The central bank left its benchmark rate unchanged on Thursday, citing steady inflation.",
    "Exports rose 4.2% in March from a year earlier, according to customs data.",
    f"{MOJIBAKE} <p>cloud</p> unit grew &amp; hired.   ",
    "Share",
    "Comments (3)",
    "we don't bet on a single赛道.",
    "\n\n\n",
]


def _dirty_corpus(root: Path, n: int, sentences_per_file: int = 150) -> dict[Path, tuple[bytes, bytes]]:
    root.mkdir(parents=True)
    files = {}
    for i in range(n):
        r = random.Random(i)
        text = "\n".join(r.choice(_KILL_SENTENCES) for _ in range(sentences_per_file)) + f"\nArticle {i}.\n"
        path = root / f"a{i:04d}.txt"
        data = text.encode("utf-8")
        path.write_bytes(data)
        files[path] = (data, cleaned_bytes(data))
        assert files[path][0] != files[path][1]
    return files


def _summary_counts(stderr: bytes) -> tuple[int, int, int]:
    m = re.search(r"(\d+) files? cleaned, (\d+) unchanged, (\d+) errors?", stderr.decode())
    assert m, stderr.decode()
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def test_sigkill_part_way_leaves_every_file_whole(tmp_path):
    tree = tmp_path / "articles"
    files = _dirty_corpus(tree, 400)
    sizes = {p: len(before) for p, (before, _) in files.items()}

    proc = subprocess.Popen(
        [CLEANER, "clean", "--jobs", "2", "--quiet", str(tree)],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: the pool workers die with it
    )
    changed_when_killed = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            changed_when_killed = sum(1 for p, size in sizes.items() if p.stat().st_size != size)
            if changed_when_killed >= 20:
                break
            time.sleep(0.01)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    time.sleep(0.2)  # let the killed workers go
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed part-way"

    whole_old, whole_new, broken = [], [], []
    for p, (before, after) in files.items():
        data = p.read_bytes()
        (whole_old if data == before else whole_new if data == after else broken).append(p.name)
    assert broken == [], f"files neither original nor cleaned: {broken[:10]}"
    assert whole_new and whole_old, (len(whole_new), len(whole_old))

    leftovers = tmp_files(tree)
    leftover_bytes = {p: p.read_bytes() for p in leftovers}
    # A second run finishes the job cleanly, whatever the kill left behind.
    second = run(["clean", "--jobs", "2", tree], cwd=tmp_path)
    assert second.returncode == 0, second.stderr.decode()
    cleaned, unchanged, errors = _summary_counts(second.stderr)
    assert errors == 0 and cleaned + unchanged == len(files)
    assert cleaned == len(whole_old)
    for p, (_, after) in files.items():
        assert p.read_bytes() == after, p.name
    for p in tmp_files(tree):  # a leftover from the kill may stay, but only ignored, never new
        assert p in leftover_bytes and p.read_bytes() == leftover_bytes[p]


# -- two runs at once ----------------------------------------------------------------------
def test_two_concurrent_runs_on_one_directory(tmp_path):
    tree = tmp_path / "articles"
    files = _dirty_corpus(tree, 200, sentences_per_file=80)
    cmd = [CLEANER, "clean", "--jobs", "2", str(tree)]
    procs = [
        subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (_, err) in zip(procs, outputs):
        assert proc.returncode in (0, 2), err.decode()
        for line in err.decode().splitlines():
            if line.startswith("error:"):
                assert "changed by another program" in line, line
    for p, (_, after) in files.items():
        assert p.read_bytes() == after, f"{p.name} is not its cleaned version"
    assert tmp_files(tree) == []
    check = run(["clean", "--check", tree], cwd=tmp_path)
    assert check.returncode == 0, check.stdout.decode()


# -- an exception inside a pass ------------------------------------------------------------
class _PassBug(RuntimeError):
    def __init__(self, message: str, rule: str | None) -> None:
        super().__init__(message)
        if rule is not None:
            self.rule = rule


MARKER = "XYZZY-BOOM"


@pytest.mark.parametrize("rule", ["share-button", None])
def test_exception_in_one_pass_on_one_document(tmp_path, monkeypatch, rule):
    import cleaner.pipeline as pipeline
    from cleaner.passes import PASSES

    def broken(original):
        def propose(doc, rules):
            if MARKER in doc.text:
                raise _PassBug("simulated bug", rule)
            return original(doc, rules)

        return propose

    patched = tuple(replace(p, propose=broken(p.propose)) if p.name == "boilerplate" else p for p in PASSES)
    monkeypatch.setattr(pipeline, "PASSES", patched)
    monkeypatch.chdir(tmp_path)

    tree = tmp_path / "articles"
    tree.mkdir()
    bad = tree / "b-bad.txt"
    bad.write_bytes((DIRTY + MARKER + "\n").encode())
    good = [tree / "a-good.txt", tree / "c-good.txt"]
    for g in good:
        g.write_bytes(DIRTY.encode())

    result = CliRunner().invoke(app_module().app, ["clean", "--jobs", "1", str(tree)])
    assert result.exit_code == 2, result.output
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert str(bad) in errors[0]
    assert "boilerplate" in errors[0]
    if rule:
        assert rule in errors[0]
    assert bad.read_bytes() == (DIRTY + MARKER + "\n").encode()
    for g in good:
        assert g.read_bytes() == cleaned_bytes(DIRTY.encode())
    assert "2 files cleaned" in result.stderr


def app_module():
    import cleaner.cli

    return cleaner.cli


# -- hostile and broken rules --------------------------------------------------------------
def _rule(id: str, pattern: str, *, examples=("aaa",), extra: str = "") -> str:
    ex = ", ".join(f"'{e}'" for e in examples)
    return f"""
[[rule]]
id = "{id}"
description = "test rule"
pattern = '{pattern}'
scope = "line"
examples = [{ex}]
{extra}
"""


BAD_RULE_FILES = {
    "lookahead": (_rule("house-ahead", "(?=a)a+"), "house-ahead", "lookahead"),
    "lookbehind": (_rule("house-behind", "(?<!b)a+"), "house-behind", "lookbehind"),
    "invalid-regex": (_rule("house-invalid", "(unclosed[", examples=("x",)), "house-invalid", "invalid regex"),
    "unknown-field": (_rule("house-unknown", "a+", extra='colour = "red"'), "house-unknown", "unknown field"),
    "duplicate-id": (_rule("house-dup", "a+") + _rule("house-dup", "b+", examples=("bbb",)), "house-dup", "duplicate"),
    "wrong-type": (_rule("house-type", "a+", extra='max_length = "long"'), "house-type", "max_length"),
    "wrong-scope-type": (_rule("house-scope", "a+").replace('scope = "line"', "scope = 3"), "house-scope", "scope"),
    "example-does-not-match": (_rule("house-nomatch", "a+", examples=("bbb",)), "house-nomatch", "example"),
    "no-examples": (_rule("house-noex", "a+").replace("examples = ['aaa']", ""), "house-noex", "example"),
}


def _hostile_setup(tmp_path: Path, files: dict[str, str]) -> tuple[Path, Path, dict[Path, bytes]]:
    rules = tmp_path / "house-rules"
    rules.mkdir()
    for name, text in files.items():
        (rules / name).write_text(text, encoding="utf-8")
    tree = tmp_path / "articles"
    tree.mkdir()
    articles = {}
    for i in range(3):
        p = tree / f"a{i}.txt"
        data = (DIRTY + "aaa\n").encode()
        p.write_bytes(data)
        articles[p] = data
    return rules, tree, articles


@pytest.mark.parametrize("case", sorted(BAD_RULE_FILES))
def test_bad_rule_refused_at_load(tmp_path, case):
    text, rule_id, what = BAD_RULE_FILES[case]
    rules, tree, articles = _hostile_setup(tmp_path, {"boilerplate-house.toml": text})
    proc = run(["clean", "--rules", rules, tree], cwd=tmp_path, timeout=60)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    problem_lines = [ln for ln in err.splitlines() if str(rules / "boilerplate-house.toml") in ln]
    assert problem_lines, err
    assert any(rule_id in ln and what in ln.lower() for ln in problem_lines), err
    for p, data in articles.items():
        assert p.read_bytes() == data
    assert tmp_files(tree) == []


def test_bad_toml_refused_at_load(tmp_path):
    text = _rule("house-ok", "a+") + '\n[[rule]\nid = "broken'
    rules, tree, articles = _hostile_setup(tmp_path, {"boilerplate-house.toml": text})
    proc = run(["clean", "--rules", rules, tree], cwd=tmp_path, timeout=60)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert str(rules / "boilerplate-house.toml") in err
    assert re.search(r"line \d+", err), err
    for p, data in articles.items():
        assert p.read_bytes() == data


def test_catastrophic_pattern_does_not_hang(tmp_path):
    """'(a+)+$' backtracks for ever in Python's engine on a long almost-matching line; the rules'
    engine (RE2) matches in linear time, so the run ends (the subprocess timeout is the guard)."""
    rules, tree, articles = _hostile_setup(tmp_path, {"boilerplate-house.toml": _rule("house-nested", "(a+)+$")})
    trap = ("a" * 5000 + "!\n").encode()
    (tree / "trap.txt").write_bytes(trap)
    proc = run(["clean", "--rules", rules, tree], cwd=tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode()
    assert (tree / "trap.txt").read_bytes() == trap
    for p in articles:  # their "aaa" line matched the rule and went
        assert b"\naaa\n" not in p.read_bytes()


def test_several_problems_reported_together(tmp_path):
    one = (
        _rule("house-nested", "(?=a)a+")
        + _rule("house-invalid", "(unclosed[", examples=("x",))
        + _rule("house-unknown", "a+", extra='colour = "red"')
        + _rule("house-fine", "fine+", examples=("fine",))
    )
    two = _rule("house-type", "a+", extra='max_length = "long"') + _rule("house-dup", "a+") + _rule("house-dup", "a+")
    three = '[[rule]\nid = "x'
    rules, tree, articles = _hostile_setup(
        tmp_path, {"boilerplate-one.toml": one, "boilerplate-two.toml": two, "boilerplate-three.toml": three}
    )
    proc = run(["clean", "--rules", rules, tree], cwd=tmp_path, timeout=60)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    expected = [
        ("boilerplate-one.toml", "house-nested"),
        ("boilerplate-one.toml", "house-invalid"),
        ("boilerplate-one.toml", "house-unknown"),
        ("boilerplate-two.toml", "house-type"),
        ("boilerplate-two.toml", "house-dup"),
        ("boilerplate-three.toml", None),
    ]
    lines = err.splitlines()
    for file, rule_id in expected:
        path = str(rules / file)
        assert any(path in ln and (rule_id is None or rule_id in ln) for ln in lines), (file, rule_id, err)
    assert not any("house-fine" in ln for ln in lines), err
    m = re.search(r"(\d+) problem", err)
    assert m and int(m.group(1)) >= len(expected), err
    for p, data in articles.items():
        assert p.read_bytes() == data


def test_garbage_collector_is_back_on_after_cleaning_even_when_a_pass_fails(monkeypatch):
    import gc

    import cleaner.pipeline as pipeline
    from cleaner.passes import PASSES

    def boom(doc, rules):
        raise _PassBug("simulated bug", None)

    assert gc.isenabled()
    pipeline.clean(DIRTY)
    assert gc.isenabled()
    patched = tuple(replace(p, propose=boom) if p.name == "boilerplate" else p for p in PASSES)
    with pytest.raises(pipeline.PassError):
        pipeline.clean(DIRTY, passes=patched)
    assert gc.isenabled()
    gc.disable()
    try:  # a caller that has it off keeps it off
        pipeline.clean(DIRTY)
        assert not gc.isenabled()
    finally:
        gc.enable()
