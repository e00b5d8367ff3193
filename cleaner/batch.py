"""Cleaning many files: one function per file, run in worker processes for large batches.

Workers receive paths, not texts, share the rule sets the parent loaded (they are forked), and
write their own files, so the parent only collects small outcomes (status, diff, edit records) in
input order. The rule set travels in :class:`Options`; nothing is kept in module state.
"""

from __future__ import annotations

import difflib
import os
from collections import Counter
from .record import field, record, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .files import InputError, Target, encode, read_file, read_only, replace_file, write_copy
from .output import shown
from .pipeline import PassError, clean, select_passes
from .report import CHANGED, ERROR, UNCHANGED
from .rules import RuleSet, default_rules, load_rules
from .passes.boilerplate.site import SiteLines

__all__ = ["CHANGED", "UNCHANGED", "ERROR", "Options", "Outcome", "clean_text", "process", "run", "rules_for"]

# Below this many files a process pool costs more than it saves.
POOL_THRESHOLD = 16


@record(frozen=True)
class Options:
    check: bool = False
    diff: bool = False
    output_dir: str | None = None
    lang: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    rule_dirs: tuple[str, ...] = ()
    report: bool = False
    cedict: bool = False
    verbose: bool = False
    encoding: str | None = None
    time_budget: float | None = None  # seconds per document; None: the default, 0: none
    review: bool = False  # --html: nothing is written, the outcome keeps the original text
    line_scorer: bool = False  # --line-scorer: the boilerplate pass also runs the learned line scorer
    # The rule set to clean with, loaded by the caller (the command line loads and checks it
    # before anything is read). None: loaded from ``rule_dirs`` when a batch starts.
    rules: RuleSet | None = field(default=None, compare=False, repr=False)
    # --site-repetition: the lines repeated across the documents of this file's site.
    site_lines: SiteLines | None = field(default=None, compare=False, repr=False)
    # --site-repetition with --jsonl: the repeated lines of every site, by the host of a record's url.
    sites: dict[str, SiteLines] | None = field(default=None, compare=False, repr=False)

    @property
    def writes(self) -> bool:
        return not (self.check or self.diff or self.review)

    def with_rules(self) -> "Options":
        """These options with their rule set loaded (from ``rule_dirs``) if it is not yet."""
        return self if self.rules is not None else replace(self, rules=load_ruleset(self.rule_dirs))


@record
class Outcome:
    path: str
    status: str
    message: str = ""
    diff: str = ""
    records: list[dict] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)  # findings worth a line on stderr (--verbose)
    text: str | None = None  # with Options.review: the original text of a file with edits or findings


def load_ruleset(rule_dirs: Sequence[str]) -> RuleSet:
    """The built-in rules with ``rule_dirs`` layered over them (RuleSetError if one is broken)."""
    return load_rules(*rule_dirs) if rule_dirs else default_rules()


def rules_for(opts: Options) -> RuleSet:
    """The rule set ``opts`` names: its own, else the one its ``rule_dirs`` give (loaded now)."""
    return opts.rules if opts.rules is not None else load_ruleset(opts.rule_dirs)


def unified_diff(before: str, after: str, name: str) -> str:
    old, new = (name, name) if Path(name).is_absolute() or name == "-" else (f"a/{name}", f"b/{name}")
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True), old, new)
    out = []
    for line in lines:
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def clean_text(text: str, opts: Options, name: str) -> tuple[Outcome, str]:
    """Clean one decoded text: (outcome, cleaned text). Problems in a pass become an ERROR outcome.

    The outcome counts edits per rule and level, as 'pass/rule [level]' (``--statistics`` adds
    them up both ways). With ``verbose``, its notes are every edit and finding, one line each, in
    the order of the input: ``path:line:col: pass/rule [level] before → after``.
    """
    try:
        result = clean(
            text,
            lang=opts.lang,
            rules=rules_for(opts),
            passes=select_passes(opts.select, opts.ignore),
            ignore=opts.ignore,
            path=name,
            options={"cedict": opts.cedict, "site_lines": opts.site_lines, "line_scorer": opts.line_scorer},
            time_budget=opts.time_budget,
        )
    except PassError as exc:
        return Outcome(name, ERROR, f"{name}: {exc}; file left unchanged"), text
    outcome = Outcome(name, CHANGED if result.changed else UNCHANGED, counts=result.counts(by_level=True))
    if opts.report:
        outcome.records = [{"path": name, **e.as_record()} for e in (*result.edits, *result.findings)]
    if opts.verbose:
        notes = [(e.line, e.column, f"{name}:{e.line}:{e.column}: {e.pass_name}/{e.rule} [{e.safety}] "
                                    f"{shown(e.before)} → {shown(e.replacement)}") for e in result.edits]
        notes += [(f.line, f.column, f"{name}:{f.line}:{f.column}: {f.pass_name}/{f.rule} [{f.safety}] "
                                     f"{shown(f.before)} stays: {f.reason}") for f in result.findings]
        notes.sort(key=lambda note: note[:2])  # stable: at one place, in the order they were made
        outcome.notes = [note for _, _, note in notes]
    if opts.diff and result.changed:
        outcome.diff = unified_diff(text, result.text, name)
    if opts.review and (result.changed or outcome.records):
        outcome.text = text
    return outcome, result.text


def process(target: Target, opts: Options) -> Outcome:
    """Clean one file and write the result (in place or under --output-dir), or say why not.

    Whatever goes wrong with this file (unreadable, changed meanwhile, out of memory, a bug)
    becomes an ERROR outcome for it alone; the file is left as it was.
    """
    name = str(target.path)
    try:
        return _process(target, opts, name)
    except InputError as exc:
        return Outcome(name, ERROR, str(exc))
    except OSError as exc:
        return Outcome(name, ERROR, f"{name}: cannot write ({exc.strerror or exc}); the original is unchanged")
    except MemoryError:
        return Outcome(name, ERROR, f"{name}: out of memory while cleaning; file left unchanged")
    except RecursionError:
        return Outcome(name, ERROR, f"{name}: too deeply nested to clean; file left unchanged")
    except Exception as exc:  # a bug: report it for this file and go on with the others
        return Outcome(name, ERROR, f"{name}: internal error ({type(exc).__name__}: {exc}); file left unchanged")


def _process(target: Target, opts: Options, name: str) -> Outcome:
    loaded = read_file(target.path, opts.encoding)
    outcome, new_text = clean_text(loaded.text, opts, name)
    if outcome.status == ERROR or not opts.writes:  # --check and --diff write nothing, ever
        return outcome
    if outcome.status == CHANGED:
        try:
            new_data = encode(new_text, loaded.codec)
        except UnicodeEncodeError as exc:
            return Outcome(name, ERROR, f"{name}: the cleaned text cannot be written as {loaded.codec} "
                                        f"({exc.reason}: {exc.object[exc.start:exc.end]!r}); left untouched")
    else:
        new_data = loaded.data
    if opts.output_dir:
        write_copy(Path(opts.output_dir), target.relative, new_data, loaded.state.mode)
    elif outcome.status == CHANGED:
        if target.path.is_symlink():
            return Outcome(name, ERROR, f"{name}: is a symbolic link; not written through; name its target to clean it")
        if read_only(target.path, loaded.state):
            return Outcome(name, ERROR, f"{name}: is read-only; left untouched; make it writable to clean it in place")
        if loaded.state.nlink > 1:
            return Outcome(name, ERROR, f"{name}: has {loaded.state.nlink} hard links; replacing it would split them; "
                                        "left untouched; clean a copy or --output-dir")
        replace_file(target.path, new_data, loaded.state, loaded.data)
    return outcome


def _work(profiles: Sequence[Options], item: tuple[int, Target]) -> Outcome:
    return process(item[1], profiles[item[0]])


def _worker_died(item: tuple[int, Target], reason: str) -> Outcome:
    name = str(item[1].path)
    return Outcome(name, ERROR, f"{name}: {reason}; file left unchanged")


def run(targets: Iterable[Target | InputError], opts: Options, jobs: int | None = None,
        options_for: Callable[[Target], Options] | None = None) -> Iterator[Outcome]:
    """Outcomes in input order. Uses worker processes when there are many files and jobs > 1.

    ``options_for`` gives a file its own options (its directory's configuration); by default
    every file is cleaned with ``opts``. Every rule set is loaded (and checked) before any worker
    starts or any file is touched.
    """
    items = list(targets)
    profiles: list[Options] = []
    index: dict[int, int] = {}  # id of an Options -> its place in profiles

    def profile(o: Options) -> int:
        if id(o) not in index:
            index[id(o)] = len(profiles)
            profiles.append(o.with_rules())
        return index[id(o)]

    chosen = [opts]  # keeps every Options chosen alive, so that no two share an id()
    work: list[Target | InputError | tuple[int, Target]] = []
    for item in items:
        if isinstance(item, Target):
            o = opts if options_for is None else options_for(item)
            chosen.append(o)
            work.append((profile(o), item))
        else:
            work.append(item)
    if not profiles:
        profile(opts)
    jobs = jobs or os.cpu_count() or 1
    n_files = sum(1 for w in work if isinstance(w, tuple))
    if jobs > 1 and n_files >= POOL_THRESHOLD:
        yield from _run_pool(work, profiles, jobs)
        return
    for item in work:
        yield Outcome(_error_path(item), ERROR, str(item)) if isinstance(item, InputError) else _work(profiles, item)


def _run_pool(items: Sequence[InputError | tuple[int, Target]], profiles: Sequence[Options], jobs: int) -> Iterator[Outcome]:
    from functools import partial

    from .workers import MAX_JOBS, ordered_map

    files = [t for t in items if isinstance(t, tuple)]
    jobs = max(1, min(jobs, len(files), MAX_JOBS))
    # Small chunks keep the workers evenly loaded to the end; a chunk of a dozen files is still
    # far more work than handing it over.
    chunk = max(1, min(12, len(files) // (jobs * 16)))
    results = ordered_map(partial(_work, tuple(profiles)), files, jobs=jobs, on_failure=_worker_died,
                          chunksize=chunk, window=4 * jobs * chunk)
    try:
        for item in items:
            if isinstance(item, InputError):
                yield Outcome(_error_path(item), ERROR, str(item))
            else:
                yield next(results)
    finally:
        results.close()


def _error_path(err: InputError) -> str:
    return str(err).split(":", 1)[0]
