"""Finding, reading and safely writing the files a batch run cleans."""

from __future__ import annotations

import fnmatch
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

DEFAULT_GLOBS = ("*.txt", "*.md")
TEMP_PREFIX = ".cleaner-"
TEMP_SUFFIX = ".tmp"


class InputError(Exception):
    """A file cannot be cleaned as it is; the message says why and what to do."""


@dataclass(frozen=True)
class Target:
    """A file to clean, and where it sits under the argument it was found through."""

    path: Path
    relative: Path


def matches(rel: Path, globs: Sequence[str]) -> bool:
    name, posix = rel.name, rel.as_posix()
    return any(fnmatch.fnmatchcase(posix if "/" in g else name, g) for g in globs)


def discover(paths: Sequence[str | Path], globs: Sequence[str] = DEFAULT_GLOBS) -> Iterator[Target | InputError]:
    """Files under ``paths`` in a stable order. Problems come out as InputError items.

    Directories are walked recursively without following links; hidden files and directories
    (names starting with a dot, such as .git) and symbolic links found while walking are skipped.
    A file named explicitly is cleaned whatever its name.
    """
    for arg in paths:
        p = Path(arg)
        if p.is_dir() and not p.is_symlink():
            yield from _walk(p, globs)
        elif p.is_dir():
            yield InputError(f"{p}: is a link to a directory; name the directory itself to clean it")
        elif p.exists():
            yield Target(p, Path(p.name))
        else:
            yield InputError(f"{p}: no such file or directory")


def _walk(root: Path, globs: Sequence[str]) -> Iterator[Target | InputError]:
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append, followlinks=False):
        while errors:
            err = errors.pop()
            yield InputError(f"{err.filename}: cannot list directory ({err.strerror}); check its permissions")
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        base = Path(dirpath)
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = base / name
            rel = path.relative_to(root)
            if not matches(rel, globs) or path.is_symlink():
                continue
            yield Target(path, rel)
    for err in errors:
        yield InputError(f"{err.filename}: cannot list directory ({err.strerror}); check its permissions")


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Text of a file's bytes, or InputError.

    Without ``encoding``: UTF-8 only (a BOM is kept as U+FEFF); UTF-16 (by its BOM), NUL bytes and
    other encodings are refused, so nothing is ever guessed. With ``encoding`` (``--encoding``):
    that codec, strictly; the cleaned text is written back in the same encoding.
    """
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(f"{name}: cannot be read as {encoding} ({exc}); left untouched") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: UTF-16 text; left untouched; clean it with --encoding utf-16 or convert it to UTF-8")
    if b"\x00" in data:
        raise InputError(f"{name}: contains NUL bytes (binary file?); skipped, left untouched")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "left untouched; name its encoding with --encoding (e.g. --encoding gb18030) or convert it to UTF-8"
        ) from None


def encode(text: str, encoding: str | None = None) -> bytes:
    return text.encode(encoding or "utf-8")


def read_text(path: Path, encoding: str | None = None) -> tuple[bytes, str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror}); check that it exists and is readable") from None
    return data, decode(data, str(path), encoding)


def write_atomic(path: Path, data: bytes, *, mode_from: Path | None = None) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never a mix.

    The bytes go to a temporary file in the same directory, are flushed to disk, get the
    original file's permission bits, and then replace the file in one rename. If anything fails
    the temporary file is removed and the original is untouched.
    """
    target = Path(os.path.realpath(path))
    directory = target.parent
    try:
        st = os.stat(mode_from or target)
        mode = st.st_mode & 0o7777
    except FileNotFoundError:
        mode = None
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
