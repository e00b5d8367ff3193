"""Rule files: the kinds of rule file, their checks, and reading and layering them.

The built-in ``rules/`` directory and every ``--rules DIR`` share one layout::

    boilerplate*.toml          boilerplate rules       (kind "boilerplate")
    names*.toml                name tables             (kind "names")
    glossary/*.toml            concept table (concepts*.toml) and user glossaries (<src>-<tgt>.toml)  (kind "cjk_glossary")

Each kind is defined by the pass that uses it (see ``RuleKind``, carried by its ``Pass``): the pass
parses and checks its own entries, including the examples they carry. This module knows no pass;
:mod:`cleaner.rules` hands it the kinds of the pass list. Directories are layered in order; an entry with
the same key as an earlier one replaces it. Every problem in every file is collected, and all of
them are raised together as one :class:`RuleSetError`, so a user fixes a rule set in one go.
"""

from __future__ import annotations

import fnmatch
from .record import field, record
from pathlib import Path
from typing import Any, Callable, Iterable


@record(frozen=True)
class RuleProblem:
    file: str
    entry: str | None
    message: str

    def __str__(self) -> str:
        where = self.file + (f": {self.entry}" if self.entry else "")
        return f"{where}: {self.message}"


class RuleSetError(Exception):
    """One or more rule files are broken. ``problems`` lists every one of them."""

    def __init__(self, problems: list[RuleProblem]) -> None:
        self.problems = problems
        lines = [f"{len(problems)} problem(s) in rule files:"] + [f"  {p}" for p in problems]
        super().__init__("\n".join(lines))


class Problems:
    """Collects problems while a rule set loads."""

    def __init__(self) -> None:
        self.items: list[RuleProblem] = []

    def add(self, file: Path | str, entry: str | None, message: str) -> None:
        self.items.append(RuleProblem(str(file), entry, message))

    def __bool__(self) -> bool:
        return bool(self.items)


@record(frozen=True)
class RuleKind:
    """A kind of rule file.

    ``parse(path, data, problems)`` turns one parsed TOML file into ``(key, item)`` pairs; it
    reports what is wrong to ``problems`` and leaves bad entries out. ``check(items, problems)``
    runs once on the merged entries (for checks across files, such as name chains).
    """

    name: str
    patterns: tuple[str, ...]
    parse: Callable[[Path, dict, Problems], Iterable[tuple[Any, Any]]]
    check: Callable[[dict, Problems], None] | None = None
    # Parse the files of this kind on first use (a large table that many texts never need): always
    # when they are all the package's own (checked by its tests; a problem there is reported when
    # the table is first used), else when the cache holds the verdict that exactly these files
    # load without a problem. A user's file of this kind is otherwise parsed, and refused, at load.
    deferred: bool = False


def builtin_rules_dir() -> Path:
    """The rules shipped with the package: ``cleaner/rules`` when installed from a wheel, the
    top-level ``rules/`` in a checkout (an editable install)."""
    here = Path(__file__).resolve().parent
    installed = here / "rules"
    return installed if installed.is_dir() else here.parent / "rules"


@record
class RuleSet:
    """Merged rules of every kind, plus what was loaded and any warnings."""

    items: dict[str, dict[Any, Any]] = field(default_factory=dict)
    origins: dict[str, dict[Any, str]] = field(default_factory=dict)
    dirs: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _compiled: dict[str, Any] = field(default_factory=dict, repr=False)
    _deferred: dict[str, Callable[[], None]] = field(default_factory=dict, repr=False)

    def get(self, kind: str) -> dict[Any, Any]:
        self.load(kind)
        return self.items.get(kind, {})

    def load(self, kind: str) -> None:
        """Parse the files of a deferred kind now (see ``RuleKind.deferred``)."""
        pending = self._deferred.pop(kind, None)
        if pending is not None:
            pending()

    def load_all(self) -> None:
        for kind in list(self._deferred):
            self.load(kind)

    def compiled(self, name: str, build: Callable[["RuleSet"], Any]) -> Any:
        """Build a pass's matcher once per rule set and keep it."""
        try:
            return self._compiled[name]
        except KeyError:
            value = self._compiled[name] = build(self)
            return value


def _kind_for(rel: str, kinds: Iterable[RuleKind]) -> RuleKind | None:
    for kind in kinds:
        if any(fnmatch.fnmatchcase(rel, p) for p in kind.patterns):
            return kind
    return None


def _rule_files(root: Path) -> list[Path]:
    files = [p for p in root.rglob("*.toml") if p.is_file()]
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


@record(frozen=True)
class _File:
    path: Path
    kind: RuleKind
    text: str


def read_rules(dirs: Iterable[str | Path], kinds: Iterable[RuleKind], builtin: bool = True) -> RuleSet:
    """Read the built-in rules, then each directory in ``dirs`` over them, as rule files of
    ``kinds``.

    Raises :class:`RuleSetError` listing every problem found in any file.
    """
    kinds = tuple(kinds)
    roots = ([builtin_rules_dir()] if builtin else []) + [Path(d) for d in dirs]
    problems = Problems()
    ruleset = RuleSet(dirs=roots)
    files = _read_files(roots, kinds, builtin, ruleset, problems)
    verdicts: dict[str, _Verdict | None] = {}
    for kind in kinds:
        if not kind.deferred or problems:
            continue
        if builtin and _shipped_only(kind, files, roots[0]):
            ruleset._deferred[kind.name] = lambda kind=kind: _load_deferred(ruleset, kind, files)
            continue
        verdict = verdicts[kind.name] = _verdict(kind, files)
        if verdict is not None and verdict.get():
            ruleset._deferred[kind.name] = lambda kind=kind: _load_deferred(ruleset, kind, files)
    for kind in kinds:
        if kind.name not in ruleset._deferred:
            before = len(problems.items)
            _load_kind(ruleset, kind, files, problems)
            verdict = verdicts.get(kind.name)
            if verdict is not None and len(problems.items) == before:
                verdict.put()
    from . import cache

    cache.save_all()
    if problems:
        raise RuleSetError(problems.items)
    return ruleset


def _read_files(roots: list[Path], kinds: tuple[RuleKind, ...], builtin: bool, ruleset: RuleSet,
                problems: Problems) -> list[_File]:
    """Every rule file under ``roots``, in layering order, with its kind and text."""
    found = []
    for root in roots:
        if builtin and root == roots[0] and not root.is_dir():
            continue  # a build without data files: no built-in rules
        if not root.is_dir():
            problems.add(root, None, "rules directory not found")
            continue
        for path in _rule_files(root):
            kind = _kind_for(path.relative_to(root).as_posix(), kinds)
            if kind is None:
                ruleset.warnings.append(
                    f"{path}: ignored (rule files are boilerplate*.toml, names*.toml, glossary/concepts*.toml, glossary/<src>-<tgt>.toml)"
                )
                continue
            try:
                found.append(_File(path, kind, path.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError) as exc:
                problems.add(path, None, f"cannot read: {exc}")
    return found


def _load_kind(ruleset: RuleSet, kind: RuleKind, files: list[_File], problems: Problems) -> None:
    """Parse, layer and check the files of ``kind``."""
    bucket = ruleset.items.setdefault(kind.name, {})
    origin = ruleset.origins.setdefault(kind.name, {})
    for f in files:
        if f.kind is not kind:
            continue
        data = _toml(f.path, f.text, problems)
        if data is None:
            continue
        seen_here: set[Any] = set()
        for key, item in kind.parse(f.path, data, problems):
            if key in seen_here:
                problems.add(f.path, str(key), "duplicate id in the same file")
                continue
            seen_here.add(key)
            bucket.pop(key, None)  # a replacement moves to where the newer file puts it
            bucket[key] = item
            origin[key] = str(f.path)
    if kind.check is not None:
        kind.check(bucket, problems)


def _shipped_only(kind: RuleKind, files: list[_File], builtin_root: Path) -> bool:
    """Whether every file of ``kind`` is one of the package's own."""
    return all(f.path.is_relative_to(builtin_root) for f in files if f.kind is kind)


def _load_deferred(ruleset: RuleSet, kind: RuleKind, files: list[_File]) -> None:
    problems = Problems()
    _load_kind(ruleset, kind, files, problems)
    from . import cache

    cache.save_all()
    if problems:  # the package's own files are broken, or the cache's verdict lies
        raise RuleSetError(problems.items)


class _Verdict:
    """The cached fact "these files of this kind load without a problem", keyed by their paths,
    their texts and every module of the package."""

    def __init__(self, kind: RuleKind, files: list[_File]) -> None:
        from . import cache

        self.store = cache.store("verdict", kind.name)
        self.key = cache.key("verdict", kind.name, cache.package_fingerprint(),
                             [(str(f.path), f.text) for f in files if f.kind is kind])

    def get(self) -> bool:
        from . import cache

        return self.store.get(self.key, cache.is_true) is True

    def put(self) -> None:
        self.store.put(self.key, True)


def _verdict(kind: RuleKind, files: list[_File]) -> _Verdict | None:
    from . import cache

    return None if cache.disabled() else _Verdict(kind, files)


def _toml(path: Path, text: str, problems: Problems) -> dict | None:
    """The parsed file, or None after reporting why not. The parse of a file's exact text is
    cached as JSON (see :mod:`cleaner.cache`); what it holds is checked by the rule kind like
    any rule file's content."""
    from . import cache

    store = cache.store("toml", str(path))
    k = cache.key("toml", text)
    found = store.get(k, lambda v: isinstance(v, dict))
    if found is not None:
        return found
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problems.add(path, None, f"TOML syntax error: {exc}")
        return None
    except RecursionError:  # tomllib parses nested arrays and tables recursively
        problems.add(path, None, "arrays or tables nested too deeply (rule files need a few levels)")
        return None
    if _plain(data):
        store.put(k, data)
    return data


def _plain(value: Any, depth: int = 0) -> bool:
    """Whether ``value`` survives a JSON round trip unchanged (no dates, no deep nesting)."""
    if depth > 50:
        return False
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v, depth + 1) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v, depth + 1) for v in value)
    return isinstance(value, (str, bool, int)) or (isinstance(value, float) and value == value
                                                   and value not in (float("inf"), float("-inf")))


# -- helpers for kinds that check their entries ---------------------------------------------
def check_table(
    table: Any,
    *,
    required: dict[str, type | tuple[type, ...]],
    optional: dict[str, type | tuple[type, ...]],
    path: Path,
    entry: str,
    problems: Problems,
) -> bool:
    """Report missing, unknown and mistyped fields; True when the table is usable."""
    if not isinstance(table, dict):
        problems.add(path, entry, f"expected a table, got {type(table).__name__}")
        return False
    ok = True
    for name, typ in required.items():
        if name not in table:
            problems.add(path, entry, f"missing field '{name}'")
            ok = False
        elif not isinstance(table[name], typ):
            problems.add(path, entry, f"field '{name}' must be {_type_name(typ)}")
            ok = False
    for name, value in table.items():
        if name in required:
            continue
        if name not in optional:
            known = ", ".join(sorted([*required, *optional]))
            problems.add(path, entry, f"unknown field '{name}' (known fields: {known})")
            ok = False
        elif not isinstance(value, optional[name]):
            problems.add(path, entry, f"field '{name}' must be {_type_name(optional[name])}")
            ok = False
    return ok


def array_of_tables(path: Path, data: dict, key: str, label_field: str, problems: Problems) -> Iterable[tuple[str, Any]]:
    """The ``[[key]]`` tables of a rule file, each with a label for messages (its ``label_field``
    or its position). Other top-level keys are reported."""
    for other in sorted(set(data) - {key}):
        problems.add(path, None, f"unknown top-level key '{other}' (entries go in [[{key}]] tables)")
    tables = data.get(key, [])
    if not isinstance(tables, list):
        problems.add(path, None, f"'{key}' must be an array of tables ([[{key}]])")
        return
    for i, table in enumerate(tables):
        label = table.get(label_field) if isinstance(table, dict) else None
        yield (label if isinstance(label, str) and label else f"{key} #{i + 1}"), table


def string_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _type_name(typ: type | tuple[type, ...]) -> str:
    if isinstance(typ, tuple):
        return " or ".join(_type_name(t) for t in typ)
    return {str: "a string", list: "a list", dict: "a table", bool: "true or false", int: "an integer"}.get(
        typ, typ.__name__
    )
