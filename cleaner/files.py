"""Finding, reading and safely writing the files a batch run cleans.

Promises kept here (each has a test in ``tests/test_data_safety.py`` or ``tests/test_reliability.py``):

- only regular files are read: a FIFO, a device or a socket is reported and skipped, never opened
  for a blocking read;
- a file's encoding is decided per file, never guessed: valid UTF-8 is UTF-8; a UTF-16/32 byte
  order mark decides for that file when ``--encoding`` is given; ``--encoding`` applies only to
  files that are not valid UTF-8, and only when decoding and re-encoding the bytes gives them back;
- a file is replaced in one rename, only if it is still the file that was read (device, inode,
  size, modification time and bytes), with its permission bits, owner and group; a read-only
  file or a file with several hard links is left alone;
- output files under ``--output-dir`` are created without following symbolic links.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from .record import record
from pathlib import Path
from typing import Callable, Iterator, Sequence

DEFAULT_GLOBS = ("*.txt", "*.md")
TEMP_PREFIX = ".cleaner-"
TEMP_SUFFIX = ".tmp"

# Byte-order marks that decide a file's encoding; UTF-32 first (its LE mark starts like UTF-16's).
# The codecs are the endian-specific ones, so the mark stays in the text as U+FEFF and is written
# back exactly as it was.
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)


class InputError(Exception):
    """A file cannot be cleaned as it is; the message says why and what to do."""


class FileChanged(InputError):
    """The file on disk is no longer the one that was read."""


@record(frozen=True)
class Target:
    """A file to clean, and where it sits under the argument it was found through."""

    path: Path
    relative: Path


@record(frozen=True)
class FileState:
    """What a file was when it was read: enough to tell whether it is still the same file."""

    dev: int
    ino: int
    size: int
    mtime_ns: int
    mode: int
    uid: int
    gid: int
    nlink: int

    @classmethod
    def of(cls, st: os.stat_result) -> "FileState":
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, stat.S_IMODE(st.st_mode),
                   st.st_uid, st.st_gid, st.st_nlink)

    def same_file(self, st: os.stat_result) -> bool:
        return (self.dev, self.ino, self.size, self.mtime_ns) == (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


@record(frozen=True)
class Loaded:
    """A file as read: its bytes, its text, the codec that gives the bytes back, and its state."""

    data: bytes
    text: str
    codec: str
    state: FileState


def matches(rel: Path, globs: Sequence[str]) -> bool:
    name, posix = rel.name, rel.as_posix()
    return any(fnmatch.fnmatchcase(posix if "/" in g else name, g) for g in globs)


def discover(paths: Sequence[str | Path], globs: Sequence[str] = DEFAULT_GLOBS,
             skip_dir: Callable[[Path], bool] | None = None) -> Iterator[Target | InputError]:
    """Files under ``paths`` in a stable order. Problems come out as InputError items.

    Directories are walked (without recursion, so any depth works) without following links;
    hidden files and directories (names starting with a dot, such as .git) and symbolic links
    found while walking are skipped; other files that are not regular files (FIFOs, devices,
    sockets) are reported as skipped. A file named explicitly is cleaned whatever its name.
    A directory found while walking for which ``skip_dir(path)`` is true (an excluded one) is
    not entered: nothing under it is listed, read or reported.
    """
    for arg in paths:
        p = Path(arg)
        if p.is_dir() and not p.is_symlink():
            yield from _walk(p, globs, skip_dir)
        elif p.is_dir():
            yield InputError(f"{p}: is a link to a directory; name the directory itself to clean it")
        elif p.exists() or p.is_symlink():
            yield Target(p, Path(p.name))
        else:
            yield InputError(f"{p}: no such file or directory")


def _walk(root: Path, globs: Sequence[str], skip_dir: Callable[[Path], bool] | None = None
          ) -> Iterator[Target | InputError]:
    # Depth first, files of a directory before its subdirectories, both sorted: the order os.walk
    # gives, with an explicit stack instead of recursion (a tree thousands of levels deep is fine).
    stack: list[Path] = [root]
    while stack:
        directory = stack.pop()
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield InputError(f"{directory}: cannot list directory ({exc.strerror}); check its permissions")
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                if entry.is_symlink():
                    continue
                if entry.is_dir(follow_symlinks=False):
                    if skip_dir is None or not skip_dir(path):
                        subdirs.append(path)
                    continue
                rel = path.relative_to(root)
                if not matches(rel, globs):
                    continue
                if not entry.is_file(follow_symlinks=False):
                    yield InputError(f"{path}: not a regular file (FIFO, device or socket); skipped")
                    continue
            except OSError as exc:
                yield InputError(f"{path}: cannot be examined ({exc.strerror}); skipped")
                continue
            yield Target(path, rel)
        stack.extend(reversed(subdirs))


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """(text, codec) of a file's bytes, or InputError. ``text.encode(codec) == data`` always.

    Without ``encoding``: UTF-8 only (a UTF-8 BOM is kept as U+FEFF); UTF-16/32 (by its BOM),
    NUL bytes and other encodings are refused, so nothing is ever guessed. With ``encoding``
    (``--encoding``): a UTF-16/32 BOM still decides for its file, valid UTF-8 is still UTF-8, and
    the named codec reads only the other files, and only when it gives their bytes back exactly.
    """
    codec = next((c for bom, c in BOMS if data.startswith(bom)), None)
    if codec is not None and not encoding:
        kind = codec[:6].upper()
        raise InputError(f"{name}: {kind} text; left untouched; clean it with --encoding {kind.lower()} or convert it to UTF-8")
    if codec is None:
        try:
            text, codec = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            if not encoding:
                raise InputError(
                    f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                    "left untouched; name its encoding with --encoding (e.g. --encoding gb18030) or convert it to UTF-8"
                ) from None
            codec = encoding
    if codec != "utf-8":
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(f"{name}: cannot be read as {codec} ({exc}); left untouched") from None
        try:
            same = text.encode(codec) == data
        except UnicodeEncodeError:
            same = False
        if not same:
            raise InputError(
                f"{name}: reading it as {codec} and writing it back would not give the same bytes; "
                "left untouched; convert it to UTF-8 first"
            )
    if "\x00" in text:
        raise InputError(f"{name}: contains NUL bytes (binary file?); skipped, left untouched")
    return text, codec


def encode(text: str, codec: str | None = None) -> bytes:
    return text.encode(codec or "utf-8")


def read_file(path: Path, encoding: str | None = None) -> Loaded:
    """Read a regular file (never blocking on a FIFO or reading a device), with its state."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | _CLOEXEC | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror}); check that it exists and is readable") from None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{path}: not a regular file (FIFO, device or socket); skipped")
        try:
            data = fh.read()
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror}); check that it exists and is readable") from None
    text, codec = decode(data, str(path), encoding)
    return Loaded(data, text, codec, FileState.of(st))


def read_text(path: Path, encoding: str | None = None) -> tuple[bytes, str]:
    loaded = read_file(path, encoding)
    return loaded.data, loaded.text


def read_only(path: Path, state: FileState) -> bool:
    """Read-only by its mode bits, whoever runs the cleaner (root too), or by access rights."""
    if not state.mode & 0o222:
        return True
    return not os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids)


def replace_file(path: Path, data: bytes, state: FileState, original: bytes) -> None:
    """Replace the file at ``path`` with ``data`` in one rename, keeping its mode, owner and group.

    Refused (FileChanged) if the file is no longer the one that was read: another program saved,
    replaced or deleted it meanwhile. Readers see the old file or the new one, never a mix; if
    anything fails, the temporary file is removed and the original is untouched.
    """
    dfd = os.open(path.parent if str(path.parent) else ".", os.O_RDONLY | _DIRECTORY | _CLOEXEC)
    try:
        name = path.name

        def still_the_same() -> None:
            try:
                st = os.stat(name, dir_fd=dfd, follow_symlinks=False)
            except FileNotFoundError:
                raise FileChanged(f"{path}: deleted by another program while being cleaned; not recreated") from None
            if not state.same_file(st) or _read_at(dfd, name) != original:
                raise FileChanged(f"{path}: changed by another program while being cleaned; left as it is, run again")

        still_the_same()
        _write_and_rename(dfd, name, data, state.mode, (state.uid, state.gid), path, before_rename=still_the_same)
    finally:
        os.close(dfd)


def write_copy(root: Path, relative: Path, data: bytes, mode: int) -> None:
    """Write ``data`` to ``root/relative``, creating directories, never following a link below ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    dfd = os.open(root, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
    try:
        parts = relative.parts
        for part in parts[:-1]:
            try:
                os.mkdir(part, dir_fd=dfd)
            except FileExistsError:
                pass
            try:
                sub = os.open(part, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, dir_fd=dfd)
            except OSError as exc:
                raise InputError(
                    f"{root / relative}: '{part}' in the output directory is a symbolic link or not a directory "
                    f"({exc.strerror}); not followed, nothing written"
                ) from None
            os.close(dfd)
            dfd = sub
        name = parts[-1]
        try:
            st = os.stat(name, dir_fd=dfd, follow_symlinks=False)
        except FileNotFoundError:
            st = None
        if st is not None and not stat.S_ISREG(st.st_mode):
            raise InputError(f"{root / relative}: exists in the output directory and is not a regular file "
                             "(a symbolic link?); not followed, nothing written")
        _write_and_rename(dfd, name, data, mode, None, root / relative)
    finally:
        os.close(dfd)


def _read_at(dfd: int, name: str) -> bytes:
    fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | _NOFOLLOW | _CLOEXEC, dir_fd=dfd)
    with os.fdopen(fd, "rb") as fh:
        return fh.read()


def _write_and_rename(dfd: int, name: str, data: bytes, mode: int | None, owner: tuple[int, int] | None,
                      shown: Path, before_rename=None) -> None:
    import secrets  # (only when a file is written)

    tmp = f"{TEMP_PREFIX}{secrets.token_hex(6)}{TEMP_SUFFIX}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, 0o600, dir_fd=dfd)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if owner is not None:
                _keep_owner(fh.fileno(), shown, owner)
            if mode is not None:
                os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
        if before_rename is not None:
            before_rename()
        os.replace(tmp, name, src_dir_fd=dfd, dst_dir_fd=dfd)
    except BaseException:
        try:
            os.unlink(tmp, dir_fd=dfd)
        except OSError:
            pass
        raise
    try:
        os.fsync(dfd)
    except OSError:
        pass


def _keep_owner(fd: int, shown: Path, owner: tuple[int, int]) -> None:
    st = os.fstat(fd)
    uid, gid = owner
    if (st.st_uid, st.st_gid) == (uid, gid):
        return
    try:
        os.fchown(fd, uid if st.st_uid != uid else -1, gid if st.st_gid != gid else -1)
    except OSError:
        raise InputError(
            f"{shown}: replacing it would change its owner or group (owned by {uid}:{gid}); left untouched; "
            "clean it as its owner"
        ) from None


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def output_conflicts(targets: Sequence[Target], inputs: Sequence[Path], outputs: dict[str, Path],
                     output_dir: Path | None = None) -> list[str]:
    """Problems that make a run refuse to start because it would overwrite its own input.

    Files are compared by device and inode, not by name, so links and other spellings of a path
    are caught. ``outputs`` maps an option (``--report``, ``--output``) to the file it names;
    ``inputs`` are the paths given (files and directories); ``targets`` the files found in them.
    """
    problems: list[str] = []
    files: dict[tuple[int, int], Path] = {}
    dirs: dict[tuple[int, int], Path] = {}
    for p in [t.path for t in targets] + list(inputs):
        fid = _file_id(p)
        if fid is not None:
            (dirs if p.is_dir() else files).setdefault(fid, p)
    seen_outputs: dict[tuple[int, int], str] = {}
    for option, out in outputs.items():
        fid = _file_id(out)
        if fid is None:
            continue
        if fid in files:
            problems.append(f"{option} {out} is the input {files[fid]}; it would be overwritten; choose another path")
        elif fid in dirs:
            problems.append(f"{option} {out} is an input directory; choose a file path")
        elif fid in seen_outputs:
            problems.append(f"{option} {out} is also given as {seen_outputs[fid]}; choose two different files")
        seen_outputs.setdefault(fid, option)
    if output_dir is not None:
        ancestor = Path(os.path.abspath(output_dir))
        for d in (ancestor, *ancestor.parents):
            fid = _file_id(d)
            if fid in dirs:
                problems.append(f"--output-dir {output_dir} is inside the input directory {dirs[fid]}; "
                                "choose a directory outside the inputs")
                break
        destinations: dict[Path, Path] = {}
        for t in targets:
            dest = output_dir / t.relative
            if dest in destinations:
                problems.append(f"{destinations[dest]} and {t.path} would both be written to {dest}; "
                                "clean them in separate runs or name their directories")
                continue
            destinations[dest] = t.path
            fid = _file_id(dest)
            if fid is not None and fid in files:
                problems.append(f"--output-dir would write {dest}, which is the input {files[fid]}; "
                                "choose a directory outside the inputs")
    return problems
