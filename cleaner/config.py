"""``[tool.cleaner]`` settings, and which files a run leaves out. Command-line flags override them.

Each file is cleaned with the settings of the nearest pyproject.toml holding a ``[tool.cleaner]``
table, searched from the file's own directory up to the repository root (the directory holding
``.git``); stdin uses the directory of ``--stdin-filename``, else the working directory.
``--config FILE`` names one file for every input and ``--isolated`` ignores them all.

A file owned by another user or writable by others is ignored with a warning, and the search
stops there. A pyproject.toml that cannot be parsed is an error only if it mentions cleaner (it
may hold settings for this run); one that does not is skipped, so a broken file of another tool
never stops a run.

    [tool.cleaner]
    rules = ["my-rules"]          # extra rule directories, relative to pyproject.toml
    select = ["mojibake", "html"] # or ignore = [...]
    glob = ["*.txt"]
    exclude = ["drafts/", "*.orig.txt"]   # gitignore patterns, relative to pyproject.toml
    extend-exclude = ["archive/"]         # added to exclude (and to --exclude)
    lang = "en"
    jobs = 2
    time_budget = 60              # seconds per document (default: 10 plus 5 per million characters)
    site-repetition = true        # in batches, drop lines repeated across a site's documents
    line-scorer = true            # also drop the chrome the learned line scorer is sure of

Files are left out of a directory walk when a pattern of ``exclude``/``--exclude`` or a
``.gitignore`` (from the repository root down to the file's directory, deeper files winning)
matches them; files named explicitly are left out only with ``--force-exclude``.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from .record import field, record
from functools import lru_cache
from pathlib import Path
from typing import Iterable

KEYS = {"rules": list, "select": list, "ignore": list, "glob": list, "lang": str, "jobs": int,
        "time_budget": (int, float), "exclude": list, "extend-exclude": list, "site-repetition": bool,
        "line-scorer": bool}


# A language tag (BCP 47 in its common forms: en, pt-BR, zh-Hant), not a language's name.
LANG_CODE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


class ConfigError(Exception):
    pass


def warn(message: str) -> None:
    sys.stderr.write(message + "\n")


@record(frozen=True)
class Config:
    path: Path | None = None
    rules: tuple[str, ...] = ()
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    glob: tuple[str, ...] | None = None
    lang: str | None = None
    jobs: int | None = None
    time_budget: float | None = None
    site_repetition: bool | None = None
    line_scorer: bool | None = None
    exclude: tuple[str, ...] = ()  # exclude and extend-exclude together, relative to ``base``

    @property
    def base(self) -> Path | None:
        return self.path.parent if self.path is not None else None

    def defaults(self) -> dict:
        """The settings as click's ``default_map`` for ``cleaner clean``: flags given override them."""
        found = {"rules": list(self.rules), "select": list(self.select) if self.select is not None else None,
                 "ignore": list(self.ignore), "glob": list(self.glob) if self.glob is not None else None,
                 "lang": self.lang, "jobs": self.jobs, "time_budget": self.time_budget,
                 "site_repetition": self.site_repetition, "line_scorer": self.line_scorer}
        return {k: v for k, v in found.items() if v not in (None, [])}


def _exists(p: Path, *, file: bool = False) -> bool:
    """Whether ``p`` exists (is a file); a directory that cannot be searched counts as absent."""
    try:
        return p.is_file() if file else p.exists()
    except OSError:
        return False


def is_file(p: Path) -> bool:
    """Whether ``p`` is a file; False when it cannot be examined."""
    return _exists(p, file=True)


def repository_root(start: Path) -> Path | None:
    """The nearest directory from ``start`` up that holds ``.git``, or None."""
    for d in (start, *start.parents):
        if _exists(d / ".git"):
            return d
    return None


@lru_cache(maxsize=4096)
def _repository_root(directory: Path) -> Path | None:
    return repository_root(directory)


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml from ``start`` up, stopping at the repository root (``.git``)."""
    start = start.resolve()
    for d in (start, *start.parents):
        candidate = d / "pyproject.toml"
        if _exists(candidate, file=True):
            return candidate
        if _exists(d / ".git"):
            return None
    return None


def untrusted(path: Path) -> str | None:
    """Why a config file must not be trusted, or None. Like git's safe.directory: a file owned by
    another user, or one that others may write, could make this run delete or rewrite text."""
    try:
        st = path.stat()
    except OSError:
        return None
    euid = os.geteuid() if hasattr(os, "geteuid") else None
    if euid is not None and st.st_uid != euid:
        sudo_uid = os.environ.get("SUDO_UID") if euid == 0 else None
        if not (sudo_uid and sudo_uid.isdigit() and int(sudo_uid) == st.st_uid):
            return f"owned by another user (uid {st.st_uid})"
    if st.st_mode & stat.S_IWOTH:
        return "writable by other users"
    return None


_SKIP = object()  # a pyproject.toml without settings for cleaner: the search goes on above it


def _read(path: Path, *, named: bool = False):
    """The ``[tool.cleaner]`` table of ``path`` (a dict), None if untrusted, or _SKIP."""
    reason = untrusted(path)
    if reason is not None:
        warn(f"warning: {path}: ignored, {reason}; its [tool.cleaner] settings do not apply")
        return None
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc}); fix it or run with --isolated") from None
    import tomllib  # (only where a settings file is found)

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError, MemoryError) as exc:
        if not named and b"cleaner" not in raw:
            return _SKIP  # another tool's broken file: it holds nothing for this run
        why = "nested too deeply" if isinstance(exc, (RecursionError, MemoryError)) else str(exc)
        raise ConfigError(f"{path}: cannot read [tool.cleaner]: {why}; fix it, or run with --isolated") from None
    tool = data.get("tool", {})
    table = tool.get("cleaner") if isinstance(tool, dict) else None
    if table is None:
        return {} if named else _SKIP
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.cleaner] must be a table")
    return table


def parse(path: Path, table: dict) -> Config:
    table = dict(table)
    for key in ("select", "ignore"):  # "a, b" is a list too
        if isinstance(table.get(key), str):
            table[key] = [v.strip() for v in table[key].split(",") if v.strip()]
    problems = _problems(table)
    if problems:
        raise ConfigError(f"{path}: [tool.cleaner]: " + "; ".join(problems))
    base = path.parent
    select = table.get("select")
    glob = table.get("glob")
    return Config(
        path=path,
        rules=tuple(str(base / r) for r in table.get("rules", [])),
        select=tuple(select) if select is not None else None,
        ignore=tuple(table.get("ignore", [])),
        glob=tuple(glob) if glob is not None else None,
        lang=table.get("lang"),
        jobs=table.get("jobs"),
        time_budget=table.get("time_budget"),
        site_repetition=table.get("site-repetition"),
        line_scorer=table.get("line-scorer"),
        exclude=tuple(table.get("exclude", [])) + tuple(table.get("extend-exclude", [])),
    )


def _kind(expected) -> str:
    if expected is list:
        return "a list of strings"
    return "a number" if isinstance(expected, tuple) else expected.__name__


def _problems(table: dict) -> list[str]:
    """What is wrong with the settings of a [tool.cleaner] table, one message each."""
    problems = []
    for key, value in table.items():
        expected = KEYS.get(key)
        if expected is None:
            problems.append(f"unknown key '{key}' (known: {', '.join(KEYS)})")
        elif not isinstance(value, expected) or (expected is list and not all(isinstance(v, str) for v in value)):
            problems.append(f"'{key}' must be {_kind(expected)}")
    jobs, lang, budget = table.get("jobs"), table.get("lang"), table.get("time_budget")
    if isinstance(jobs, int) and not isinstance(jobs, bool) and jobs < 1:
        problems.append("'jobs' must be 1 or more")
    if isinstance(lang, str) and not LANG_CODE.fullmatch(lang):
        problems.append(f"'lang' must be a language code (en, fr, zh-Hant, ...), not {lang!r}")
    if isinstance(budget, bool) or (isinstance(budget, (int, float)) and budget < 0):
        problems.append("'time_budget' must be a number of seconds (0 for none)")
    return problems


def load_file(path: Path) -> Config:
    """The settings of the file named by ``--config`` (an error if it cannot be read)."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: no such configuration file; check the --config path")
    table = _read(path.resolve(), named=True)
    return Config() if table is None else parse(path.resolve(), table)


def load_config(start: Path | None = None) -> Config:
    """The settings that apply in directory ``start`` (default: the working directory), read now."""
    forget()
    return _for_directory(Path(start or Path.cwd()).resolve())


_FOUND: dict[Path, Config] = {}  # directory -> the settings that apply there (this run's reads)


def _for_directory(directory: Path) -> Config:
    """The nearest settings from ``directory`` up (iterative: a tree thousands deep is fine)."""
    visited: list[Path] = []
    found = Config()
    d = directory
    while True:
        if d in _FOUND:
            found = _FOUND[d]
            break
        visited.append(d)
        candidate = d / "pyproject.toml"
        if _exists(candidate, file=True):
            table = _read(candidate)
            if table is None:
                break
            if table is not _SKIP:
                found = parse(candidate, table)
                break
        if _exists(d / ".git") or d.parent == d:
            break
        d = d.parent
    for v in visited:
        _FOUND[v] = found
    return found


def config_for(path: Path | str) -> Config:
    """The settings for the file ``path``: from its own directory up to the repository root.

    What was read is kept for the rest of the run (one read per directory); :func:`forget` drops it.
    """
    p = Path(path)
    return _for_directory((p if _is_dir(p) else p.parent).resolve())


def _is_dir(p: Path) -> bool:
    try:
        return p.is_dir()
    except OSError:
        return False


def forget() -> None:
    """Drop what was read (files may have changed between two runs in one process)."""
    _FOUND.clear()
    _gitignore.cache_clear()
    _repository_root.cache_clear()


# -- exclusions ------------------------------------------------------------------------------
@lru_cache(maxsize=4096)
def _gitignore(directory: Path):
    import pathspec

    try:
        lines = (directory / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return pathspec.GitIgnoreSpec.from_lines(lines)


def _spec(patterns: Iterable[str]):
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(list(patterns))


@record
class Exclusions:
    """Which files a run leaves out: gitignore-style patterns (``--exclude`` relative to the working
    directory, a configuration's ``exclude`` relative to its file) and every ``.gitignore``."""

    patterns: tuple[str, ...] = ()
    gitignore: bool = True
    _cache: dict = field(default_factory=dict)

    def excluded(self, path: Path | str, config: Config | None = None, directory: bool = False) -> str | None:
        """Why ``path`` is left out ('.gitignore', 'exclude' or '--exclude'), or None. A
        ``directory`` is matched as git matches one: ``drafts/`` matches it, and whatever
        excludes a directory leaves out everything under it."""
        p = Path(os.path.abspath(path))
        p = p.parent.resolve() / p.name  # the directories resolved, as the configuration's are; not a link's target
        if self.patterns and _matches(_cached_spec(self.patterns), p, Path.cwd(), directory):
            return "--exclude"
        if config is not None and config.exclude and _matches(_cached_spec(config.exclude), p, config.base, directory):
            return f"exclude in {config.path}"
        if self.gitignore and _ignored_by_git(p, directory):
            return ".gitignore"
        return None


@lru_cache(maxsize=256)
def _cached_spec(patterns: tuple[str, ...]):
    return _spec(patterns)


def _relative(p: Path, base: Path) -> str | None:
    try:
        return p.relative_to(base).as_posix()
    except ValueError:
        return None


def _matches(spec, p: Path, base: Path | None, directory: bool = False) -> bool:
    rel = _relative(p, base.resolve()) if base is not None else None
    if rel is None:  # outside the base: patterns without a slash still match by name
        rel = p.name
    return spec.match_file(rel + "/" if directory and rel not in ("", ".") else rel)


def gitignore_above(directory: Path) -> bool:
    """Whether a ``.gitignore`` lies in ``directory`` or above it, up to its repository root."""
    d = Path(os.path.abspath(directory))
    root = _repository_root(d)
    if root is None:
        return False
    for x in (d, *d.parents):
        if _exists(x / ".gitignore", file=True):
            return True
        if x == root:
            return False
    return False


def _ignored_by_git(p: Path, directory: bool = False) -> bool:
    """Whether the ``.gitignore`` files from the repository root down to ``p``'s directory ignore it.

    Outside a repository, no ``.gitignore`` applies. As git does, the deepest decisive pattern wins.
    """
    root = _repository_root(p.parent)
    if root is None:
        return False
    verdict = False
    for d in (root, *[root / part for part in _parts_between(root, p.parent)]):
        spec = _gitignore(d)
        if spec is None:
            continue
        rel = _relative(p, d)
        if rel is None or rel == ".":
            continue
        result = spec.check_file(rel + "/" if directory else rel)
        if result.include is not None:
            verdict = result.include
    return verdict


def _parts_between(root: Path, directory: Path) -> list[str]:
    rel = directory.relative_to(root)
    out, acc = [], Path()
    for part in rel.parts:
        acc = acc / part
        out.append(str(acc))
    return out
