"""``[tool.cleaner]`` in the nearest pyproject.toml. Command-line flags override it.

    [tool.cleaner]
    rules = ["my-rules"]          # extra rule directories, relative to pyproject.toml
    select = ["mojibake", "html"] # or ignore = [...]
    glob = ["*.txt"]
    lang = "en"
    jobs = 2
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

KEYS = {"rules": list, "select": list, "ignore": list, "glob": list, "lang": str, "jobs": int}


class ConfigError(Exception):
    pass


@dataclass
class Config:
    path: Path | None = None
    rules: list[str] = field(default_factory=list)
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    glob: list[str] | None = None
    lang: str | None = None
    jobs: int | None = None


def find_pyproject(start: Path) -> Path | None:
    start = start.resolve()
    for d in (start, *start.parents):
        candidate = d / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(start: Path | None = None) -> Config:
    path = find_pyproject(start or Path.cwd())
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read [tool.cleaner]: {exc}") from None
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
            problems.append(f"'{key}' must be {'a list of strings' if KEYS[key] is list else KEYS[key].__name__}")
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
    )
