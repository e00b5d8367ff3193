"""Data safety: no flag, input, file or fault can lose or corrupt a user's file.

Each test names the promise it checks (the README "Safety" table lists them). Most run the
installed ``cleaner`` command in a subprocess from a directory without a pyproject.toml, the way
a user or a hook runs it; a few patch the library in-process to make a fault happen at an exact
moment (another program saving the file while it is cleaned).
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest
from helpers import cleaner_executable

from cleaner import batch
from cleaner.files import Target

CLEANER = cleaner_executable()
DIRTY = "Alibaba\u00e2\u20ac\u2122s <b>cloud</b> grew.   \n"
FIXED = "Alibaba’s cloud grew.\n"


def run(args, *, cwd: Path, input: bytes | None = None, timeout: float = 120, **kw):
    return subprocess.run([CLEANER, *[str(a) for a in args]], cwd=cwd, input=input,
                          capture_output=True, timeout=timeout, **kw)


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def no_temp_files(root: Path) -> bool:
    return not list(root.rglob(".cleaner-*.tmp"))


# -- 1. the encoding is decided per file ---------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("encoding", ["utf-16", "latin-1", "utf-32", "cp1252"])
def test_valid_utf8_stays_utf8_whatever_encoding_is_named(tmp_path, encoding):
    even = write(tmp_path / "even.txt", "In the china.\n")  # 14 bytes: "decodes" as UTF-16
    dirty = write(tmp_path / "dirty.txt", "Café  société.   \n")
    proc = run(["clean", "--encoding", encoding, even, dirty], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert even.read_bytes() == b"In the china.\n"
    assert dirty.read_bytes() == "Café  société.\n".encode("utf-8")


@pytest.mark.slow
def test_bom_decides_for_utf16_and_utf32_files_in_a_batch(tmp_path):
    le = write(tmp_path / "le.txt", "\ufeffAlibaba <b>cloud</b>  \n".encode("utf-16-le"))
    be = write(tmp_path / "be.txt", "\ufeffAlibaba <b>cloud</b>  \n".encode("utf-16-be"))
    u32 = write(tmp_path / "u32.txt", "\ufeffAlibaba <b>cloud</b>  \n".encode("utf-32-le"))
    gb = write(tmp_path / "gb.txt", "阿里巴巴  \n".encode("gb18030"))
    proc = run(["clean", "--encoding", "gb18030", le, be, u32, gb], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert le.read_bytes() == "\ufeffAlibaba cloud\n".encode("utf-16-le")
    assert be.read_bytes() == "\ufeffAlibaba cloud\n".encode("utf-16-be")
    assert u32.read_bytes() == "\ufeffAlibaba cloud\n".encode("utf-32-le")
    assert gb.read_bytes() == "阿里巴巴\n".encode("gb18030")


@pytest.mark.slow
def test_encoding_that_does_not_give_the_bytes_back_is_refused(tmp_path):
    # Not UTF-8, no BOM: read as UTF-16 it would be written back with a BOM, so it is refused.
    data = b"\x80Price rose.  \n\x00"
    path = write(tmp_path / "odd.txt", data)
    proc = run(["clean", "--encoding", "utf-16", path], cwd=tmp_path)
    assert proc.returncode == 2
    assert str(path) in proc.stderr.decode()
    assert path.read_bytes() == data


@pytest.mark.slow
def test_cleaned_text_the_encoding_cannot_hold_is_an_error_not_a_crash(tmp_path):
    path = write(tmp_path / "a.txt", b"Prices rose &mdash; fast.  \n\xff")
    other = write(tmp_path / "b.txt", DIRTY)
    proc = run(["clean", "--encoding", "ascii", path, other], cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert b"Traceback" not in proc.stderr and b"cannot be" in proc.stderr
    assert path.read_bytes() == b"Prices rose &mdash; fast.  \n\xff"
    assert other.read_bytes() == FIXED.encode()


# -- 2 and 10. an output is never one of the inputs ----------------------------------------
@pytest.mark.slow
def test_jsonl_output_onto_its_input_is_refused(tmp_path):
    data = b'{"id": 1, "text": "Alibaba <b>cloud</b>  "}\n'
    src = write(tmp_path / "d.jsonl", data)
    os.link(src, tmp_path / "same.jsonl")
    for out in ("d.jsonl", src, "same.jsonl", "./sub/../d.jsonl"):
        (tmp_path / "sub").mkdir(exist_ok=True)
        proc = run(["clean", "--jsonl", "d.jsonl", "-o", out], cwd=tmp_path)
        assert proc.returncode == 2, (out, proc.stderr)
        assert src.read_bytes() == data
    proc = run(["clean", "--jsonl", "d.jsonl", "--report", "same.jsonl", "-o", "out.jsonl"], cwd=tmp_path)
    assert proc.returncode == 2 and src.read_bytes() == data
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.slow
@pytest.mark.parametrize("mode", [[], ["--check"], ["--diff"]])
def test_report_onto_an_input_file_is_refused(tmp_path, mode):
    tree = tmp_path / "articles"
    a = write(tree / "a.txt", DIRTY)
    proc = run(["clean", *mode, "--report", a, tree], cwd=tmp_path)
    assert proc.returncode == 2 and a.read_bytes() == DIRTY.encode()
    assert b"Nothing was read or written" in proc.stderr


@pytest.mark.slow
def test_output_dir_inside_the_input_tree_is_refused(tmp_path):
    tree = tmp_path / "articles"
    a = write(tree / "a.txt", DIRTY)
    for out in (tree, tree / "clean", tmp_path / "articles" / "x" / ".." / "clean"):
        proc = run(["clean", "--output-dir", out, tree], cwd=tmp_path)
        assert proc.returncode == 2, out
        assert a.read_bytes() == DIRTY.encode()
        assert not (tree / "clean").exists()


@pytest.mark.slow
def test_output_dir_dot_does_not_get_round_a_read_only_file(tmp_path):
    a = write(tmp_path / "a.txt", DIRTY)
    a.chmod(0o444)
    proc = run(["clean", "--output-dir", ".", "a.txt"], cwd=tmp_path)
    assert proc.returncode == 2
    assert a.read_bytes() == DIRTY.encode() and stat.S_IMODE(a.stat().st_mode) == 0o444


@pytest.mark.slow
@pytest.mark.parametrize("args", [["-"], ["--diff", "-"]])
def test_report_on_stdout_is_refused_when_stdout_holds_data(tmp_path, args):
    proc = run(["clean", "--report", "-", *args], cwd=tmp_path, input=DIRTY.encode())
    assert proc.returncode == 2
    assert b"{" not in proc.stdout


@pytest.mark.slow
def test_report_on_stdout_is_refused_in_jsonl_mode(tmp_path):
    proc = run(["clean", "--jsonl", "-", "--report", "-"], cwd=tmp_path, input=b'{"text": "a <b>b</b>"}\n')
    assert proc.returncode == 2 and b"cleaner" not in proc.stdout


@pytest.mark.slow
@pytest.mark.parametrize("check", [False, True])
def test_unwritable_report_is_a_clean_error_before_any_file_is_touched(tmp_path, check):
    a = write(tmp_path / "a.txt", DIRTY)
    (tmp_path / "adir").mkdir()
    for report in ("adir", "missing/r.jsonl"):
        proc = run(["clean", *(["--check"] if check else []), "--report", report, "a.txt"], cwd=tmp_path)
        assert proc.returncode == 2, proc.stderr  # never 1: that would mean "would change"
        assert b"Traceback" not in proc.stderr and b"cannot write the report" in proc.stderr
        assert a.read_bytes() == DIRTY.encode()


@pytest.mark.slow
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_report_on_a_full_disk_is_an_error(tmp_path):
    write(tmp_path / "a.txt", DIRTY)
    proc = run(["clean", "--check", "--report", "/dev/full", "a.txt"], cwd=tmp_path)
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr


@pytest.mark.slow
def test_file_names_that_are_not_utf8_do_not_stop_a_batch(tmp_path):
    tree = tmp_path / "articles"
    tree.mkdir()
    bad = os.path.join(os.fsencode(tree), b"caf\xe9.txt")
    with open(bad, "wb") as fh:
        fh.write(DIRTY.encode())
    b = write(tree / "z.txt", DIRTY)
    proc = run(["clean", "--check", "-v", "--report", "r.jsonl", tree], cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    out = proc.stdout.decode()
    assert "caf\\udce9.txt" in out and "z.txt" in out
    paths = {json.loads(line)["path"] for line in (tmp_path / "r.jsonl").read_text().splitlines()}
    assert str(b) in paths and any(p.endswith("caf\udce9.txt") for p in paths)
    proc = run(["clean", tree], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    with open(bad, "rb") as fh:
        assert fh.read() == FIXED.encode()
    assert b.read_bytes() == FIXED.encode()


# -- 5. --output-dir never follows a link, never writes two inputs to one file -------------
@pytest.mark.slow
def test_output_dir_does_not_follow_a_planted_link(tmp_path):
    tree = tmp_path / "articles"
    write(tree / "sub" / "a.txt", DIRTY)
    write(tree / "b.txt", DIRTY)
    outside = tmp_path / "outside"
    victim = write(outside / "a.txt", "precious\n")
    victim2 = write(tmp_path / "victim.txt", "precious too\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "sub").symlink_to(outside)
    (out / "b.txt").symlink_to(victim2)
    proc = run(["clean", "--output-dir", out, tree], cwd=tmp_path)
    assert proc.returncode == 2
    assert victim.read_text() == "precious\n" and victim2.read_text() == "precious too\n"
    assert no_temp_files(outside) and no_temp_files(out)


@pytest.mark.slow
def test_two_inputs_that_map_to_one_output_are_refused(tmp_path):
    a = write(tmp_path / "x" / "a.txt", DIRTY)
    b = write(tmp_path / "y" / "a.txt", "Other article.  \n")
    proc = run(["clean", "--output-dir", "out", a, b], cwd=tmp_path)
    assert proc.returncode == 2 and b"both be written" in proc.stderr
    assert not (tmp_path / "out").exists()


# -- 6. configuration only from files the user trusts, within the repository --------------
def _config(path: Path, select: str = "html") -> Path:
    return write(path / "pyproject.toml", f'[tool.cleaner]\nselect = ["{select}"]\n')


@pytest.mark.slow
def test_world_writable_config_is_ignored_with_a_warning(tmp_path):
    cfg = _config(tmp_path)
    cfg.chmod(0o666)
    proc = run(["clean", "-"], cwd=tmp_path, input=DIRTY.encode())
    assert b"ignored" in proc.stderr and str(cfg).encode() in proc.stderr
    assert proc.stdout == FIXED.encode()  # every pass ran, not only html


@pytest.mark.slow
@pytest.mark.skipif(os.geteuid() != 0, reason="making a file owned by another user needs root")
def test_config_owned_by_another_user_is_ignored(tmp_path):
    cfg = _config(tmp_path, "whitespace")
    os.chown(cfg, 4242, 4242)
    proc = run(["clean", "-"], cwd=tmp_path, input=DIRTY.encode(), env={**os.environ, "SUDO_UID": ""})
    assert b"owned by another user" in proc.stderr
    assert proc.stdout == FIXED.encode()


@pytest.mark.slow
def test_config_search_stops_at_the_repository_root(tmp_path):
    _config(tmp_path, "whitespace")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    proc = run(["clean", "-"], cwd=repo, input=DIRTY.encode())
    assert proc.stdout == FIXED.encode(), proc.stderr
    inside = run(["clean", "-"], cwd=tmp_path, input=DIRTY.encode())  # the parent's own config applies
    assert inside.stdout != FIXED.encode()


@pytest.mark.slow
def test_deeply_nested_config_is_an_error_not_a_crash(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.cleaner]\nx = " + "[" * 5000 + "]" * 5000 + "\n")
    proc = run(["clean", "-"], cwd=tmp_path, input=b"x")
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr
    assert str(tmp_path / "pyproject.toml").encode() in proc.stderr and b"--isolated" in proc.stderr


@pytest.mark.slow
def test_a_broken_pyproject_of_another_tool_does_not_stop_a_run(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.other]\nx = " + "[" * 5000 + "]" * 5000 + "\n")
    proc = run(["clean", "-"], cwd=tmp_path, input=DIRTY.encode())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == FIXED.encode()


# -- 7. file names that look like options --------------------------------------------------
@pytest.mark.slow
def test_double_dash_makes_option_like_names_files(tmp_path):
    readme = write(tmp_path / "README.md", "Keep me.\n")
    odd = write(tmp_path / "--report=README.md", DIRTY.replace("<b>cloud</b>", "cloud"))  # Markdown keeps inline HTML
    proc = run(["clean", "--", odd.name], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert readme.read_text() == "Keep me.\n" and odd.read_bytes() == FIXED.encode()


def test_hooks_put_double_dash_before_file_names():
    from helpers import ROOT

    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text()
    entries = [ln.split(":", 1)[1].strip() for ln in hooks.splitlines() if ln.strip().startswith("entry:")]
    assert entries and all(e.split()[-1] == "--" for e in entries), entries


# -- 8. a file saved by another program meanwhile is left as that program left it ----------
@pytest.mark.parametrize("what", ["save-same-size", "save", "delete", "replace"])
def test_file_changed_while_being_cleaned_is_left_alone(tmp_path, monkeypatch, what):
    path = write(tmp_path / "a.txt", DIRTY)
    theirs = DIRTY.replace("grew", "fell").encode()
    real = batch.clean_text

    def meanwhile(text, opts, name):
        result = real(text, opts, name)
        st = path.stat()
        if what == "save-same-size":  # same size, same timestamp: only the bytes tell
            path.write_bytes(theirs)
            os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
        elif what == "save":
            path.write_bytes(theirs + b"more\n")
        elif what == "delete":
            path.unlink()
        else:
            write(tmp_path / "new.txt", theirs).replace(path)
        return result

    monkeypatch.setattr(batch, "clean_text", meanwhile)
    outcome = batch.process(Target(path, Path("a.txt")), batch.Options())
    assert outcome.status == batch.ERROR and ("changed" in outcome.message or "deleted" in outcome.message)
    if what == "delete":
        assert not path.exists()  # not brought back
    else:
        assert path.read_bytes().startswith(theirs)
    assert no_temp_files(tmp_path)


# -- 9. read-only, owner, group and hard links, whoever runs it ----------------------------
@pytest.mark.slow
def test_read_only_mode_bits_are_respected_even_as_root(tmp_path):
    a = write(tmp_path / "a.txt", DIRTY)
    a.chmod(0o444)
    proc = run(["clean", a], cwd=tmp_path)
    assert proc.returncode == 2 and b"read-only" in proc.stderr
    assert a.read_bytes() == DIRTY.encode()


@pytest.mark.slow
@pytest.mark.skipif(os.geteuid() != 0, reason="a file owned by another user can only be cleaned by root")
def test_owner_and_group_are_kept(tmp_path):
    a = write(tmp_path / "a.txt", DIRTY)
    a.chmod(0o640)
    os.chown(a, 1001, 1002)
    proc = run(["clean", a], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    st = a.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (1001, 1002, 0o640)
    assert a.read_bytes() == FIXED.encode()


@pytest.mark.slow
def test_hard_links_are_never_split(tmp_path):
    a = write(tmp_path / "a.txt", DIRTY)
    os.link(a, tmp_path / "b.md")
    proc = run(["clean", tmp_path], cwd=tmp_path)
    assert proc.returncode == 2 and b"hard links" in proc.stderr
    assert a.stat().st_nlink == 2 and (tmp_path / "b.md").read_bytes() == DIRTY.encode()
    assert os.path.samefile(a, tmp_path / "b.md")


# -- 11. --check and --diff write nothing, ever ---------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("flag", ["--check", "--diff"])
def test_check_and_diff_with_output_dir_write_nothing(tmp_path, flag):
    a = write(tmp_path / "in" / "a.txt", DIRTY)
    proc = run(["clean", flag, "--output-dir", "out", tmp_path / "in"], cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert not (tmp_path / "out").exists() and a.read_bytes() == DIRTY.encode()


# -- 13. only regular files are read -------------------------------------------------------
@pytest.mark.slow
def test_fifo_in_a_directory_is_skipped_not_waited_on(tmp_path):
    tree = tmp_path / "articles"
    a = write(tree / "a.txt", DIRTY)
    os.mkfifo(tree / "pipe.txt")
    proc = run(["clean", tree], cwd=tmp_path, timeout=60)
    assert proc.returncode == 2 and b"not a regular file" in proc.stderr
    assert a.read_bytes() == FIXED.encode()


@pytest.mark.slow
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_devices_named_explicitly_are_not_read(tmp_path, device):
    if not Path(device).exists():
        pytest.skip(f"{device} does not exist here")
    os.mkfifo(tmp_path / "fifo.txt")
    proc = run(["clean", "--check", device, tmp_path / "fifo.txt"], cwd=tmp_path, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.count(b"not a regular file") == 2


# -- crashes that would abort a batch ------------------------------------------------------
@pytest.mark.slow
def test_very_deep_directory_tree(tmp_path):
    deep = tmp_path / "tree"
    path = os.fsencode(deep)
    os.mkdir(path)
    fd = os.open(path, os.O_RDONLY)
    try:
        for _ in range(1100):  # deeper than Python's recursion limit
            os.mkdir("d", dir_fd=fd)
            nfd = os.open("d", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nfd
        with open(os.open("a.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "wb") as fh:
            fh.write(DIRTY.encode())
    finally:
        os.close(fd)
    try:
        proc = run(["clean", "--check", deep], cwd=tmp_path)
        assert proc.returncode == 1, proc.stderr[-500:]
        assert b"would clean" in proc.stdout and b"Traceback" not in proc.stderr
    finally:
        remove_deep_tree(deep)


def remove_deep_tree(root: Path) -> None:
    """Remove a tree too deep for shutil.rmtree (which recurses), bottom up through descriptors."""
    stack = [(os.open(root, os.O_RDONLY), "")]  # (directory, its name in the one above)
    try:
        while stack:
            fd, _ = stack[-1]
            subdir = None
            for name in os.listdir(fd):
                if stat.S_ISDIR(os.stat(name, dir_fd=fd, follow_symlinks=False).st_mode):
                    subdir = name
                else:
                    os.unlink(name, dir_fd=fd)
            if subdir is not None:
                stack.append((os.open(subdir, os.O_RDONLY, dir_fd=fd), subdir))
                continue
            fd, name = stack.pop()
            os.close(fd)
            if stack:
                os.rmdir(name, dir_fd=stack[-1][0])
    finally:
        for fd, _ in stack:
            os.close(fd)
    os.rmdir(root)


@pytest.mark.slow
def test_closed_stdin_is_an_error_not_a_traceback(tmp_path):
    proc = subprocess.run(["bash", "-c", f"'{CLEANER}' clean - <&-"], cwd=tmp_path, capture_output=True, timeout=60)
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr and b"stdin is closed" in proc.stderr


@pytest.mark.parametrize("error", [MemoryError, RecursionError, KeyError])
def test_any_fault_outside_a_pass_fails_that_file_only(tmp_path, monkeypatch, error):
    a = write(tmp_path / "a.txt", DIRTY)
    b = write(tmp_path / "b.txt", DIRTY)
    real = batch.read_file

    def faulty(path, encoding=None):
        if path.name == "a.txt":
            raise error("boom")
        return real(path, encoding)

    monkeypatch.setattr(batch, "read_file", faulty)
    outcomes = list(batch.run([Target(a, Path("a.txt")), Target(b, Path("b.txt"))], batch.Options(), jobs=1))
    assert [o.status for o in outcomes] == [batch.ERROR, batch.CHANGED]
    assert a.read_bytes() == DIRTY.encode() and b.read_bytes() == FIXED.encode()



def test_a_save_while_the_new_file_is_being_written_is_not_overwritten(tmp_path, monkeypatch):
    """The window that matters: after the file was checked, while the cleaned copy is written."""
    path = write(tmp_path / "a.txt", DIRTY)
    theirs = b"Their newer version.\n"
    real_fsync = os.fsync
    saved = []

    def fsync_and_save(fd):
        real_fsync(fd)
        if not saved:  # the first fsync is the cleaned copy's, just before the rename
            saved.append(True)
            path.write_bytes(theirs)

    monkeypatch.setattr(os, "fsync", fsync_and_save)
    outcome = batch.process(Target(path, Path("a.txt")), batch.Options())
    assert saved and outcome.status == batch.ERROR and "changed" in outcome.message
    assert path.read_bytes() == theirs
    assert no_temp_files(tmp_path)
