"""``[tool.cleaner]`` in the nearest pyproject.toml. Command-line flags override it.

The search goes up from the working directory and stops at the repository root (the directory
holding ``.git``). A file owned by another user or writable by others is ignored with a warning.

    [tool.cleaner]
    rules = ["my-rules"]          # extra rule directories, relative to pyproject.toml
    select = ["mojibake", "html"] # or ignore = [...]
    glob = ["*.txt"]
    lang = "en"
    jobs = 2
    time_budget = 60              # seconds per document (default: 10 plus 5 per million characters)
"""

from __future__ import annotations

import os
import stat
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

KEYS = {"rules": list, "select": list, "ignore": list, "glob": list, "lang": str, "jobs": int,
        "time_budget": (int, float)}


class ConfigError(Exception):
    pass


def warn(message: str) -> None:
    sys.stderr.write(message + "\n")


@dataclass
class Config:
    path: Path | None = None
    rules: list[str] = field(default_factory=list)
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    glob: list[str] | None = None
    lang: str | None = None
    jobs: int | None = None
    time_budget: float | None = None


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml from ``start`` up, stopping at the repository root (``.git``)."""
    start = start.resolve()
    for d in (start, *start.parents):
        candidate = d / "pyproject.toml"
        if candidate.is_file():
            return candidate
        if (d / ".git").exists():
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


def load_config(start: Path | None = None) -> Config:
    path = find_pyproject(start or Path.cwd())
    if path is None:
        return Config()
    reason = untrusted(path)
    if reason is not None:
        warn(f"warning: {path}: ignored, {reason}; its [tool.cleaner] settings do not apply")
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read [tool.cleaner]: {exc}") from None
    except (RecursionError, MemoryError):
        raise ConfigError(f"{path}: cannot read [tool.cleaner]: nested too deeply") from None
    table = data.get("tool", {}).get("cleaner")
    if table is None:
        return Config(path=path)
    problems = []
    for key, value in table.items():
        if key not in KEYS:
            problems.append(f"unknown key '{key}' (known: {', '.join(KEYS)})")
        elif key in ("select", "ignore") and isinstance(value, str):
            table[key] = [v.strip() for v in value.split(",") if v.strip()]
        elif not isinstance(value, KEYS[key]) or (KEYS[key] is list and not all(isinstance(v, str) for v in value)):
            kind = "a list of strings" if KEYS[key] is list else "a number" if isinstance(KEYS[key], tuple) else KEYS[key].__name__
            problems.append(f"'{key}' must be {kind}")
    if isinstance(table.get("jobs"), int) and not isinstance(table.get("jobs"), bool) and table["jobs"] < 1:
        problems.append("'jobs' must be 1 or more")
    budget = table.get("time_budget")
    if isinstance(budget, bool) or (isinstance(budget, (int, float)) and budget < 0):
        problems.append("'time_budget' must be a number of seconds (0 for none)")
    if problems:
        raise ConfigError(f"{path}: [tool.cleaner]: " + "; ".join(problems))
    base = path.parent
    return Config(
        path=path,
        rules=[str(base / r) for r in table.get("rules", [])],
        select=table.get("select"),
        ignore=table.get("ignore", []),
        glob=table.get("glob"),
        lang=table.get("lang"),
        jobs=table.get("jobs"),
        time_budget=table.get("time_budget"),
    )
