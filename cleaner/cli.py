"""The ``cleaner`` command: a thin layer over :mod:`cleaner.pipeline` and :mod:`cleaner.batch`.

Exit codes: 0 success (also after fixing files), 1 ``--check``/``--diff`` found changes,
2 errors (bad rule file, bad option, unreadable or non-text input).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import List, Optional

import typer

from . import batch, output
from .output import FORMATS
from .config import Config, ConfigError, load_config
from .files import DEFAULT_GLOBS, InputError, decode, discover, encode, output_conflicts
from .passes import PASSES
from .pipeline import UnknownPass, check_ignore, select_passes
from .rules import RuleSetError, default_rules, load_rules

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Clean scraped, machine-translated news articles.",
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    # Plain help, as ruff and black print it: an option, its metavar, one line of help.
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_CHANGES, EXIT_ERROR = 0, 1, 2


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("cleaner")
        except PackageNotFoundError:  # run from a checkout that is not installed
            from . import __version__ as number
        typer.echo(f"cleaner {number}")
        raise typer.Exit()


@app.callback()
def _main(
    show_version: bool = typer.Option(False, "--version", "-V", callback=_print_version, is_eager=True,
                                      help="Print the version and exit."),
) -> None:
    """Clean scraped, machine-translated news articles."""


def _err(message: str) -> None:
    sys.stderr.write(message.rstrip("\n") + "\n")


def _split(values: Optional[List[str]]) -> list[str]:
    out: list[str] = []
    for v in values or []:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


@app.command()
def clean(
    paths: Optional[List[str]] = typer.Argument(None, metavar="PATH", show_default=False, hidden=True),
    check: bool = typer.Option(False, "--check", help="Write nothing; exit 1 if any file would change, listing them."),
    diff: bool = typer.Option(False, "--diff", help="Write nothing; print a unified diff; exit 1 if anything would change."),
    output_dir: Optional[Path] = typer.Option(None, "--output-dir", metavar="DIR", help="Write cleaned copies under DIR, mirroring the input tree."),
    rules: Optional[List[Path]] = typer.Option(None, "--rules", metavar="DIR", help="Extra rule directory layered over the built-in rules (repeatable)."),
    report: Optional[Path] = typer.Option(None, "--report", metavar="FILE", help="Write every edit as JSON Lines to FILE ('-' for stdout)."),
    select: Optional[List[str]] = typer.Option(None, "--select", metavar="PASS,...", help="Run only these passes (comma-separated)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", metavar="NAME,...", help="Skip these passes or rule ids (comma-separated)."),
    lang: Optional[str] = typer.Option(None, "--lang", metavar="CODE", help="Force the document language (en, fr, zh, ...)."),
    glob: Optional[List[str]] = typer.Option(None, "--glob", metavar="PATTERN", help="File patterns to clean in directories (repeatable; default *.txt and *.md)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", metavar="N", min=1, help="Worker processes for batches (default: all cores)."),
    jsonl: Optional[str] = typer.Option(None, "--jsonl", metavar="FILE", help="Clean a JSON Lines file ('-' for stdin) record by record, to stdout (or --output)."),
    field_name: str = typer.Option("text", "--field", metavar="NAME", help="With --jsonl: the field holding the text."),
    id_field: str = typer.Option("id", "--id-field", metavar="NAME", help="With --jsonl: the field that names a record in the report."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE", help="With --jsonl: write records here instead of stdout."),
    time_budget: Optional[float] = typer.Option(None, "--time-budget", metavar="SECONDS", min=0, help="Seconds a document may take before it fails and is left unchanged (default: 10 plus 5 per million characters; 0: no limit)."),
    encoding: Optional[str] = typer.Option(None, "--encoding", metavar="NAME", help="Read and write files in this encoding instead of UTF-8 (e.g. utf-16, gb18030, latin-1)."),
    cedict: bool = typer.Option(False, "--cedict", help="Translate CJK runs no glossary covers from CC-CEDICT (low confidence; needs cleaner[cedict])."),
    output_format: str = typer.Option("text", "--output-format", metavar="FORMAT",
                                      help="How edits are listed on stdout: text (file names or a diff), concise (one line per edit), json, github (workflow annotations)."),
    statistics: bool = typer.Option(False, "--statistics", help="Print how many edits each rule made."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Say what happens to each file."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only errors."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Neither read nor write the cache of compiled rules (also CLEANER_NO_CACHE=1)."),
) -> None:
    """Clean files in place, or stdin to stdout.

    PATH: files or directories (walked for *.txt and *.md); '-', or nothing with piped input,
    reads stdin and writes stdout.
    """
    if no_cache:
        from . import cache

        cache.disable()
    try:
        config = load_config()
    except ConfigError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_ERROR)
    if output_format not in FORMATS:
        _err(f"error: --output-format must be one of {', '.join(FORMATS)}, not {output_format!r}")
        raise typer.Exit(EXIT_ERROR)
    if output_format != "text" and diff:
        _err("error: --diff prints a diff; it cannot be combined with --output-format " + output_format)
        raise typer.Exit(EXIT_ERROR)
    listing = output_format != "text"
    opts = _options(config, check, diff, output_dir, rules, bool(report) or listing, select, ignore, lang, cedict, verbose, encoding)
    budget = time_budget if time_budget is not None else config.time_budget
    if budget is not None:
        opts = replace(opts, time_budget=float(budget))
    ruleset = _rules_and_selection(opts.rule_dirs, opts.select, opts.ignore)
    batch.set_rules(ruleset)
    if cedict:
        from .cedict import CedictMissing, _dictionary

        try:
            _dictionary()
        except CedictMissing as exc:
            _err(f"error: {exc}")
            raise typer.Exit(EXIT_ERROR)
    if verbose:
        for w in ruleset.warnings:
            _err(f"warning: {w}")

    if jsonl is not None:
        if paths or output_dir:
            _err("error: --jsonl takes its input from its own argument; give no PATH and no --output-dir")
            raise typer.Exit(EXIT_ERROR)
        if jsonl == "-" and _stdin_closed():
            _err("error: stdin is closed; give --jsonl a file or pipe records in")
            raise typer.Exit(EXIT_ERROR)
        _refuse_report_on_stdout(report, "records go to stdout" if output is None and opts.writes else None)
        if listing:
            _refuse([f"--output-format {output_format} lists the edits of files; with --jsonl use --report FILE"])
        outputs = {k: v for k, v in (("--output", output), ("--report", report)) if v is not None and str(v) != "-"}
        _refuse(output_conflicts([], [Path(jsonl)] if jsonl != "-" else [], outputs))
        raise typer.Exit(_clean_jsonl(jsonl, field_name, id_field, output, opts, report, jobs or config.jobs, statistics, quiet))

    paths = list(paths or [])
    if not paths:
        if _stdin_closed() or sys.stdin.isatty():
            _err("error: no PATH given. Name files or directories to clean, or pipe text in: cleaner clean - < article.txt")
            raise typer.Exit(EXIT_ERROR)
        paths = ["-"]
    if "-" in paths:
        if len(paths) > 1 or output_dir:
            _err("error: '-' (stdin) cannot be combined with other paths or --output-dir")
            raise typer.Exit(EXIT_ERROR)
        if _stdin_closed():
            _err("error: stdin is closed; pipe text in or name files to clean")
            raise typer.Exit(EXIT_ERROR)
        _refuse_report_on_stdout(report, "the cleaned text goes to stdout" if opts.writes else "the diff goes to stdout" if diff else None)
        if listing and opts.writes:
            _refuse([f"--output-format {output_format} would mix the edits into the cleaned text on stdout; "
                     "add --check, or use --report FILE"])
        raise typer.Exit(_clean_stdin(opts, report, statistics, output_format))
    _refuse_report_on_stdout(report, "the diff goes to stdout" if diff else "--check lists files on stdout" if check else None)

    globs = tuple(glob or config.glob or DEFAULT_GLOBS)
    raise typer.Exit(
        _clean_paths(paths, globs, opts, report, jobs or config.jobs, statistics, verbose, quiet, output_format)
    )


def _rules_and_selection(rule_dirs, select, ignore):
    """The rule set, once the rule files load and every --select/--ignore name is known; else exit 2."""
    try:
        select_passes(select, ignore)
        ruleset = load_rules(*rule_dirs) if rule_dirs else default_rules()
        check_ignore(ignore, ruleset)
    except UnknownPass as exc:
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_ERROR)
    except RuleSetError as exc:
        _err(f"error: {exc}\nNo file was changed. Fix the rule files and run again.")
        raise typer.Exit(EXIT_ERROR)
    return ruleset


def _stdin_closed() -> bool:
    # Started with stdin closed (``<&-``), Python sets sys.stdin to None.
    return sys.stdin is None or sys.stdin.closed


def _refuse(problems: list[str]) -> None:
    """Stop before anything is read or written if the run would overwrite its own input."""
    if problems:
        for problem in problems:
            _err(f"error: {problem}")
        _err("Nothing was read or written.")
        raise typer.Exit(EXIT_ERROR)


def _refuse_report_on_stdout(report: Optional[Path], stdout_use: Optional[str]) -> None:
    if report is not None and str(report) == "-" and stdout_use:
        _refuse([f"--report - would mix the report into the data: {stdout_use}; give --report a file"])


def _options(config: Config, check, diff, output_dir, rules, report, select, ignore, lang, cedict, verbose, encoding) -> batch.Options:
    selected = _split(select) or config.select
    return batch.Options(
        check=check,
        diff=diff,
        output_dir=str(output_dir) if output_dir else None,
        lang=lang or config.lang,
        select=tuple(selected) if selected else None,
        ignore=tuple(_split(ignore) or config.ignore),
        rule_dirs=tuple(config.rules) + tuple(str(r) for r in rules or []),
        report=report,
        cedict=cedict,
        verbose=verbose,
        encoding=encoding,
    )


class _Report:
    """The --report file. A report that cannot be written is an error (exit 2), never a traceback."""

    def __init__(self, path: Optional[Path]) -> None:
        self.fh = None
        self.path = path
        self.failed = False
        if path is None:
            return
        if str(path) == "-":
            self.fh = sys.stdout
            return
        try:
            # Non-UTF-8 file names hold lone surrogates; written escaped, they stay valid JSON.
            self.fh = open(path, "w", encoding="utf-8", errors="backslashreplace")
        except OSError as exc:
            self._fail(exc)

    def _fail(self, exc: OSError) -> None:
        if not self.failed:
            _err(f"error: {self.path}: cannot write the report ({exc.strerror or exc}); choose another --report path")
        self.failed = True
        fh, self.fh = self.fh, None
        if fh is not None and fh is not sys.stdout:
            try:
                fh.close()
            except OSError:
                pass

    def write(self, records: list[dict]) -> None:
        if self.fh is not None:
            try:
                for r in records:
                    self.fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            except OSError as exc:
                self._fail(exc)

    def close(self) -> None:
        if self.fh is not None and self.fh is not sys.stdout:
            try:
                self.fh.close()
            except OSError as exc:
                self.fh = None
                self._fail(exc)


def _print_statistics(counts: Counter) -> None:
    """Edits per rule, with their levels, then per level. Keys are 'pass/rule [level]' (or 'pass/rule')."""
    from .edits import LEVELS

    per_rule: Counter = Counter()
    levels: dict[str, Counter] = {}
    per_level: Counter = Counter()
    for key, n in counts.items():
        rule, _, level = key.partition(" [")
        level = level.rstrip("]")
        per_rule[rule] += n
        if level:
            levels.setdefault(rule, Counter())[level] += n
            per_level[level] += n

    def order(level: str) -> tuple[int, str]:
        return (LEVELS.index(level) if level in LEVELS else len(LEVELS), level)

    for rule, n in sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        shown = levels.get(rule)
        if not shown:
            _err(f"{n:8d}  {rule}")
        elif len(shown) == 1:
            _err(f"{n:8d}  {rule} [{next(iter(shown))}]")
        else:
            _err(f"{n:8d}  {rule} [{', '.join(f'{lv} {shown[lv]}' for lv in sorted(shown, key=order))}]")
    for level in sorted(per_level, key=order):
        _err(f"{per_level[level]:8d}  {level} edits")


def _clean_jsonl(source: str, field_name: str, id_field: str, output: Optional[Path], opts: batch.Options,
                 report: Optional[Path], jobs: Optional[int], statistics: bool, quiet: bool) -> int:
    import os

    from .jsonl import clean_jsonl

    rep = _Report(report)
    if rep.failed:  # nothing read, nothing written
        return EXIT_ERROR
    try:
        result = clean_jsonl(source, field_name, id_field, output, opts, jobs or os.cpu_count() or 1, rep.write, _err)
    finally:
        rep.close()
    if result is None:
        return EXIT_ERROR
    tally, counts = result
    if statistics:
        _print_statistics(counts)
    if not quiet or tally[batch.ERROR]:
        n = lambda k: tally[k]  # noqa: E731
        verb = "would be cleaned" if not opts.writes else "cleaned"
        _err(f"{n(batch.CHANGED)} records {verb}, {n(batch.UNCHANGED)} unchanged, {n(batch.ERROR)} errors")
    if tally[batch.ERROR] or rep.failed:
        return EXIT_ERROR
    return EXIT_CHANGES if tally[batch.CHANGED] and not opts.writes else EXIT_OK


def _clean_stdin(opts: batch.Options, report: Optional[Path], statistics: bool, output_format: str = "text") -> int:
    rep = _Report(report)
    data = sys.stdin.buffer.read()
    if rep.failed:
        if opts.writes:
            sys.stdout.buffer.write(data)  # a filter never loses bytes
        return EXIT_ERROR
    try:
        text, codec = decode(data, "<stdin>", opts.encoding)
    except InputError as exc:
        _err(f"error: {exc}")
        if opts.writes:
            sys.stdout.buffer.write(data)  # a filter never loses bytes
        return EXIT_ERROR
    outcome, new_text = batch.clean_text(text, opts, "-")
    out = data
    if outcome.status == batch.CHANGED:
        try:
            out = encode(new_text, codec)
        except UnicodeEncodeError as exc:
            outcome = batch.Outcome("-", batch.ERROR, f"<stdin>: the cleaned text cannot be written as {codec} ({exc.reason})")
    if outcome.status == batch.ERROR:
        _err(f"error: {outcome.message}")
        if opts.writes:
            sys.stdout.buffer.write(data)
        return EXIT_ERROR
    if report is not None:
        rep.write(outcome.records)
    rep.close()
    for note in outcome.notes:
        _err(note)
    if statistics:
        _print_statistics(outcome.counts)
    if output_format != "text":
        listing = _Listing(output_format, opts)
        listing.add(outcome.records)
        listing.close()
    elif opts.diff:
        sys.stdout.write(outcome.diff)
    elif opts.writes:
        sys.stdout.buffer.write(out)
    sys.stdout.flush()
    if rep.failed:
        return EXIT_ERROR
    return EXIT_CHANGES if outcome.status == batch.CHANGED and not opts.writes else EXIT_OK


class _Listing:
    """The edits on stdout in a --output-format other than text."""

    def __init__(self, fmt: str, opts: batch.Options) -> None:
        self.fmt, self.applied, self.records = fmt, opts.writes, []

    def add(self, records: list[dict]) -> None:
        records = sorted(records, key=lambda r: (r["line"], r["column"]))  # a file's edits in reading order
        if self.fmt == "json":
            self.records.extend(records)
        elif records:
            line = output.concise if self.fmt == "concise" else (lambda r: output.github(r, applied=self.applied))
            sys.stdout.write("".join(line(r) + "\n" for r in records))

    def close(self) -> None:
        if self.fmt == "json":
            sys.stdout.write(output.json_array(self.records))


def _clean_paths(paths, globs, opts: batch.Options, report, jobs, statistics, verbose, quiet, output_format="text") -> int:
    targets = list(discover(paths, globs))
    found = [t for t in targets if not isinstance(t, InputError)]
    outputs = {"--report": report} if report is not None and str(report) != "-" else {}
    output_dir = Path(opts.output_dir) if opts.output_dir and opts.writes else None
    _refuse(output_conflicts(found, [Path(p) for p in paths], outputs, output_dir))
    rep = _Report(report)
    if rep.failed:
        return EXIT_ERROR
    listing = _Listing(output_format, opts) if output_format != "text" else None
    counts: Counter = Counter()
    tally = Counter()
    progress = None
    n_files = sum(1 for t in targets if not isinstance(t, InputError))
    if sys.stderr.isatty() and not quiet and n_files > 1:
        from rich.console import Console
        from rich.progress import Progress

        progress = Progress(console=Console(stderr=True), transient=True)
        progress.start()
        task = progress.add_task("cleaning", total=len(targets))
    try:
        for outcome in batch.run(targets, opts, jobs):
            tally[outcome.status] += 1
            counts.update(outcome.counts)
            if report is not None:
                rep.write(outcome.records)
            if listing is not None:
                listing.add(outcome.records)
            for note in outcome.notes:
                _err(note)
            if outcome.status == batch.ERROR:
                _err(f"error: {outcome.message}")
            elif listing is not None:
                pass
            elif outcome.status == batch.CHANGED:
                if opts.diff:
                    sys.stdout.write(outcome.diff)
                elif opts.check:
                    sys.stdout.write(f"would clean {outcome.path}\n")
                elif verbose:
                    _err(f"cleaned {outcome.path} ({sum(outcome.counts.values())} edits)")
            elif verbose:
                _err(f"unchanged {outcome.path}")
            if progress is not None:
                progress.advance(task)
    finally:
        if progress is not None:
            progress.stop()
        rep.close()
    if listing is not None:
        listing.close()
    sys.stdout.flush()
    if statistics:
        _print_statistics(counts)
    if not quiet or tally[batch.ERROR]:
        _err(_summary(tally, opts))
    if tally[batch.ERROR] or rep.failed:
        return EXIT_ERROR
    if tally[batch.CHANGED] and not opts.writes:
        return EXIT_CHANGES
    return EXIT_OK


def _summary(tally: Counter, opts: batch.Options) -> str:
    def files(n: int) -> str:
        return f"{n} file{'s' if n != 1 else ''}"

    verb = "would be cleaned" if not opts.writes else "cleaned"
    return (
        f"{files(tally[batch.CHANGED])} {verb}, {tally[batch.UNCHANGED]} unchanged, "
        f"{tally[batch.ERROR]} error{'s' if tally[batch.ERROR] != 1 else ''}"
    )


@app.command("passes")
def list_passes() -> None:
    """List the passes, in the order they run."""
    width = max(len(p.name) for p in PASSES)
    for p in PASSES:
        typer.echo(f"{p.name.ljust(width)}  {p.summary}")


@app.command("rules")
def list_rules(
    rules: Optional[List[Path]] = typer.Option(None, "--rules", metavar="DIR", help="Extra rule directory (repeatable)."),
) -> None:
    """List every rule id, by pass: the ids --ignore accepts and reports name."""
    ruleset = _load_or_exit(rules)
    for p in PASSES:
        typer.echo(f"{p.name}")
        for rule_id in p.rule_ids:
            typer.echo(f"  {rule_id}")
        if p.rule_kind == "boilerplate":
            for rule_id, rule in ruleset.get(p.rule_kind).items():
                typer.echo(f"  {rule_id}  [{rule.scope}] {rule.description}")


@app.command("suggest")
def suggest_rules(
    paths: List[str] = typer.Argument(..., metavar="PATH", show_default=False, hidden=True),
    rules: Optional[List[Path]] = typer.Option(None, "--rules", metavar="DIR", help="Extra rule directory (repeatable)."),
    glob: Optional[List[str]] = typer.Option(None, "--glob", metavar="PATTERN", help="File patterns (default *.txt and *.md)."),
    min_files: Optional[int] = typer.Option(None, "--min-files", metavar="N", min=2, help="Lines must repeat in this many files (default: 5% of files, at least 3)."),
    limit: int = typer.Option(50, "--limit", metavar="N", min=1, help="At most this many candidates."),
) -> None:
    """Print candidate boilerplate rules: lines repeated across many files. Nothing is applied.

    PATH: files or directories of collected articles.
    """
    from . import suggest

    ruleset = _load_or_exit(rules)
    n_files, found = suggest.repeated_lines(paths, ruleset, globs=tuple(glob or DEFAULT_GLOBS), min_files=min_files)
    typer.echo(suggest.format_rules(n_files, found, limit), nl=False)


names_app = typer.Typer(help="Names tables.", no_args_is_help=True)
app.add_typer(names_app, name="names")


@names_app.command("suggest")
def suggest_names(
    paths: List[str] = typer.Argument(..., metavar="PATH", show_default=False, hidden=True),
    rules: Optional[List[Path]] = typer.Option(None, "--rules", metavar="DIR", help="Extra rule directory (repeatable)."),
    glob: Optional[List[str]] = typer.Option(None, "--glob", metavar="PATTERN", help="File patterns (default *.txt and *.md)."),
    min_files: int = typer.Option(1, "--min-files", metavar="N", min=1, help="A candidate must appear in this many files."),
) -> None:
    """Print candidate name variants for people in the names table, as TOML to review. Nothing is applied.

    PATH: files or directories of collected articles.
    """
    from . import suggest

    ruleset = _load_or_exit(rules)
    found = suggest.name_candidates(paths, ruleset, globs=tuple(glob or DEFAULT_GLOBS), min_files=min_files)
    typer.echo(suggest.format_names(found, ruleset), nl=False)


def _load_or_exit(rules: Optional[List[Path]]):
    try:
        return load_rules(*(rules or []))
    except RuleSetError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_ERROR)


bench_app = typer.Typer(help="Measure quality and speed.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")


@bench_app.command("quality")
def bench_quality(
    bench_dir: Path = typer.Argument(..., metavar="DIR", show_default=False, hidden=True),
    seeds: Optional[Path] = typer.Option(None, "--seeds", metavar="DIR", help="Seed articles for the names count (default: BENCH_DIR/../seeds)."),
    as_json: bool = typer.Option(False, "--json", help="Print the full report as JSON."),
) -> None:
    """Keep-recall, drop-rate, shingle F1, content loss, CJK leftovers and name rewrites.

    DIR: the evaluation data directory (with trafilatura_en/, readability/, wmt23_zhen/).
    """
    from . import bench

    report = bench.quality(bench_dir, seeds)
    typer.echo(json.dumps(report, ensure_ascii=False, indent=1) if as_json else bench.format_quality(report))


@bench_app.command("speed")
def bench_speed(
    samples: Path = typer.Option(Path("samples"), "--samples", metavar="DIR", help="Sample directory to build the corpus from."),
    articles: int = typer.Option(2000, "--articles", metavar="N", min=1, help="Articles in the corpus (about 8 KB each)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", metavar="N", min=1, help="Processes for the all-cores run."),
    as_json: bool = typer.Option(False, "--json", help="Print the numbers as JSON."),
    startup: bool = typer.Option(False, "--startup", help="Time only the start-up of `cleaner clean -` on one line, cold and warm cache."),
) -> None:
    """Time the whole pipeline on one core and on all cores against ftfy.fix_text."""
    from . import bench

    if startup:
        found = bench.startup()
        typer.echo(json.dumps(found, indent=1) if as_json else bench.format_startup(found))
        return
    result = bench.speed(samples, articles, jobs)
    typer.echo(json.dumps(result, indent=1) if as_json else bench.format_speed(result))


@bench_app.command("large")
def bench_large(
    samples: Path = typer.Option(Path("samples"), "--samples", metavar="DIR", help="Sample directory to build the inputs from."),
    megabytes: float = typer.Option(100, "--megabytes", metavar="MB", min=1, help="Size of the big file."),
    line_megabytes: float = typer.Option(10, "--line-megabytes", metavar="MB", min=1, help="Size of the single-line file."),
) -> None:
    """Time and peak memory on a big file and a big single line, at half and full size."""
    from . import bench

    typer.echo(bench.format_large(bench.large(samples, megabytes, line_megabytes)))


@bench_app.command("harm")
def bench_harm(
    bench_dir: Path = typer.Argument(..., metavar="DIR", show_default=False, hidden=True),
    select: Optional[List[str]] = typer.Option(None, "--select", metavar="PASS,...", help="Run only these passes (comma-separated)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", metavar="NAME,...", help="Skip these passes or rule ids (comma-separated)."),
    rules: Optional[List[Path]] = typer.Option(None, "--rules", metavar="DIR", help="Extra rule directory layered over the built-in rules (repeatable)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", metavar="N", min=1, help="Worker processes (default: all cores)."),
    show: int = typer.Option(20, "--show", metavar="N", min=0, help="Example edits to print per rule."),
    json_file: Optional[Path] = typer.Option(None, "--json", metavar="FILE", help="Write every edit as JSON Lines to FILE, with its whole line before and after."),
) -> None:
    """Edits on clean text, which should have none: per language, per rule, with examples.

    DIR: a folder of clean, real documents, DIR/<lang>/.../*.txt.
    """
    import os

    from . import bench

    if not bench_dir.is_dir():
        _err(f"error: {bench_dir}: not a directory")
        raise typer.Exit(EXIT_ERROR)
    selected, ignored = _split(select) or None, _split(ignore)
    rule_dirs = tuple(str(r) for r in rules or [])
    _rules_and_selection(rule_dirs, selected, ignored)
    try:
        fh = open(json_file, "w", encoding="utf-8", errors="backslashreplace") if json_file else None
    except OSError as exc:
        _err(f"error: {json_file}: cannot write ({exc.strerror or exc}); choose another --json path")
        raise typer.Exit(EXIT_ERROR)
    try:
        report = bench.harm(bench_dir, rule_dirs=rule_dirs, select=selected, ignore=ignored,
                            jobs=jobs or os.cpu_count() or 1, examples=show, jsonl=fh)
    finally:
        if fh is not None:
            fh.close()
    typer.echo(bench.format_harm(report, show))


def main() -> None:
    # File names that are not UTF-8 reach Python as lone surrogates; print them escaped rather
    # than fail half-way through a batch.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    app()


if __name__ == "__main__":
    main()
