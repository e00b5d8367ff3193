"""An on-disk cache of what is costly and deterministic to derive from the rule files.

Loading the rules parses every rule file, translates every boilerplate pattern for the RE2 set
(:mod:`cleaner.pattern`), runs every rule's examples and counter-examples, and records that a
rule kind's files load cleanly (so that a large table can be parsed on first use, see
:mod:`cleaner.rulefile`). The results depend only on their inputs, so they are kept between runs in
``$CLEANER_CACHE_DIR``, else ``$XDG_CACHE_HOME/cleaner``, else ``~/.cache/cleaner``.

Keys. Every entry is keyed by the SHA-256 of everything it is derived from: what was derived
(``toml``, ``examples``, the set translation, ``verdict``), the pattern or file text, the examples,
the cache format, the package version, the Python version and a fingerprint of the modules that
derive the data (for a verdict, of every module of the package). A changed rule, a new release or
another Python never finds the old entry: it simply misses.

Files. One JSON file per rule file and stage, named by a hash of the rule file's path and the
same versions. A file is written whole to a temporary file and renamed over the old one, so two
concurrent runs never read half of one. On writing, entries no rule used in this run are dropped.

Failure. A missing, unreadable, truncated, malformed or stale file is ignored (the data is
derived again and the file rewritten); a directory that cannot be created or written means no
cache. None of this is ever an error. ``--no-cache`` or ``CLEANER_NO_CACHE=1`` neither reads nor
writes the cache.

Trust. The files hold plain JSON, never pickles, and every value is checked for its shape before
use (a translation is sealed with the hash of its text), so a planted file can at worst make the
data wrong, never run code. No entry guards safety: every pattern of every rule kind is compiled
by RE2, which matches in linear time whatever the pattern, and a verdict that a kind's files load
cleanly only defers their parse, which still reports any problem when it runs. The per-document
time budget (:mod:`cleaner.budget`) stays the floor under everything either way.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Callable

# (OpenSSL's SHA-256, five times as fast as Python's own on the megabytes a run hashes, is
# worth the milliseconds its import costs.)
from hashlib import sha256

FORMAT = 1
ENV_DIR = "CLEANER_CACHE_DIR"
ENV_OFF = "CLEANER_NO_CACHE"
MAX_FILE_BYTES = 64 << 20  # a larger file is not ours: ignored
# Modules whose code decides what is cached: a change to any of them is a change of the data.
_CODE = ("cache.py", "pattern.py", "passes/boilerplate/rules.py", "passes/boilerplate/matcher.py")


def disabled() -> bool:
    return os.environ.get(ENV_OFF, "").strip().lower() not in ("", "0", "false", "no")


def disable() -> None:
    """Turn the cache off for this process and the processes it starts."""
    os.environ[ENV_OFF] = "1"


def cache_dir() -> Path:
    explicit = os.environ.get(ENV_DIR)
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "cleaner"


_salt: str | None = None


def _version_salt() -> str:
    """Cache format, package version, Python version and the code fingerprint, as one string."""
    global _salt
    if _salt is None:
        from .version import __version__

        digest = sha256()
        here = Path(__file__).resolve().parent
        for name in _CODE:
            try:
                digest.update((here / name).read_bytes())
            except OSError:
                digest.update(b"?")
        _salt = f"{FORMAT}|{__version__}|{sys.implementation.name}|{sys.version}|{digest.hexdigest()}"
    return _salt


_package: str | None = None


def package_fingerprint() -> str:
    """The SHA-256 of every module of the package: what a rule file's parse depends on when it is
    not one of the modules in the version salt."""
    global _package
    if _package is None:
        digest = sha256()
        here = Path(__file__).resolve().parent
        for path in sorted(here.rglob("*.py")):
            try:
                digest.update(path.relative_to(here).as_posix().encode() + b"\0" + path.read_bytes())
            except OSError:
                digest.update(b"?")
        _package = digest.hexdigest()
    return _package


def key(*parts: Any) -> str:
    """The SHA-256 (hex) of ``parts`` (JSON values) together with the versions."""
    text = json.dumps([_version_salt(), *parts], ensure_ascii=False, separators=(",", ":"))
    return sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Store:
    """The cached entries derived from one rule file at one stage: ``get`` and ``put`` by key,
    then ``save`` (which writes only when something changed). With the cache off, a store that
    never finds anything and never writes."""

    def __init__(self, stage: str, source: str, keep: int = 0) -> None:
        self.enabled = not disabled()
        self.keep = keep  # keep up to this many entries this run did not use (a store shared by rule sets)
        self.path: Path | None = None
        self._old: dict[str, Any] = {}
        self._used: dict[str, Any] = {}
        self._dirty = False
        if not self.enabled:
            return
        name = key("file", stage, source)[:32]
        self.path = cache_dir() / f"{stage}-{name}.json"
        self._old = self._load(self.path)

    @staticmethod
    def _load(path: Path) -> dict[str, Any]:
        try:
            with open(path, "rb") as f:
                raw = f.read(MAX_FILE_BYTES + 1)
            if len(raw) > MAX_FILE_BYTES:
                return {}
            data = json.loads(raw.decode("utf-8"))
        except (OSError, ValueError, UnicodeDecodeError, RecursionError):
            return {}
        if (not isinstance(data, dict) or data.get("format") != FORMAT or data.get("salt") != _version_salt()
                or not isinstance(data.get("entries"), dict)):
            return {}
        return {k: v for k, v in data["entries"].items() if isinstance(k, str) and len(k) == 64}

    def get(self, k: str, valid: Callable[[Any], bool]) -> Any | None:
        """The entry at ``k`` if there is one and ``valid(value)`` holds, else None."""
        if k in self._used:
            return self._used[k]
        value = self._old.get(k)
        if value is None:
            return None
        try:
            ok = valid(value)
        except Exception:  # a malformed value of any shape
            ok = False
        if not ok:
            del self._old[k]
            self._dirty = True
            return None
        self._used[k] = value
        return value

    def put(self, k: str, value: Any) -> None:
        if self.enabled:
            self._used[k] = value
            self._dirty = True

    def save(self) -> None:
        """Write the entries used in this run, if they differ from the file's; never raises."""
        if not self.enabled or self.path is None:
            return
        if not self._dirty and (self.keep or len(self._used) == len(self._old)):
            return
        entries = self._used
        if self.keep:
            unused = [k for k in self._old if k not in self._used][: self.keep]
            entries = {**{k: self._old[k] for k in unused}, **self._used}
        payload = {"format": FORMAT, "salt": _version_salt(), "entries": entries}
        import tempfile  # (only when something is written)

        try:
            text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    f.write(text)
                os.replace(tmp, self.path)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except (OSError, ValueError, TypeError, RecursionError):
            return  # no cache this time
        self._old, self._dirty = dict(entries), False


_stores: dict[tuple[str, str], Store] = {}


def store(stage: str, source: str, keep: int = 0) -> Store:
    """The store of ``stage`` for the rule file ``source``, one per process (while the cache
    directory and setting stay the same)."""
    at = (stage, source, str(cache_dir()), disabled())
    found = _stores.get(at)
    if found is None:
        found = _stores[at] = Store(stage, source, keep)
    return found


def save_all() -> None:
    """Write every store of this process that changed (never raises)."""
    for found in list(_stores.values()):
        found.save()


# -- shapes ------------------------------------------------------------------------------------
def is_true(value: Any) -> bool:
    return value is True


def is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)
