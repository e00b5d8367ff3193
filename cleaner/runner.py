"""One ``cleaner clean`` run without its command-line parser: the settings, the checks of the
options, and the three runners (stdin, JSON Lines, files and directories).

:mod:`cleaner.cli` parses the command line with typer and calls these; :mod:`cleaner.__main__`
calls them directly for the plain stdin filter (``cleaner clean -``), which a shell pipeline or an
editor starts once per text, so that it does not pay for building the parser. A failure is
reported on stderr and ends the run with ``SystemExit(2)``.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from .record import field, record, replace
from pathlib import Path
from typing import List, Optional

from . import batch, config as configuration
from .config import LANG_CODE, Config, ConfigError, Exclusions
from .files import DEFAULT_GLOBS, InputError, Target, decode, discover, encode, output_conflicts
from .output import FORMATS, Listing
from .pipeline import UnknownPass, check_ignore, select_passes
from .report import EXIT_CHANGES, EXIT_ERROR, EXIT_OK, Report, ReportFile, err
from .rules import RuleSetError

# The settings that [tool.cleaner] may give and a flag overrides (see ``Settings.options``).
CONFIGURABLE = ("select", "ignore", "rules", "lang", "glob", "time_budget")


@record
class CleanArgs:
    """The options of ``cleaner clean`` with their defaults, by parameter name (as the command
    declares them; a test holds the two together)."""

    paths: Optional[List[str]] = None
    check: bool = False
    diff: bool = False
    output_dir: Optional[Path] = None
    rules: Optional[List[Path]] = None
    report: Optional[Path] = None
    select: Optional[List[str]] = None
    ignore: Optional[List[str]] = None
    lang: Optional[str] = None
    glob: Optional[List[str]] = None
    exclude: Optional[List[str]] = None
    force_exclude: bool = False
    respect_gitignore: bool = True
    jobs: Optional[int] = None
    jsonl: Optional[str] = None
    field_name: str = "text"
    id_field: str = "id"
    output: Optional[Path] = None
    stdin_filename: Optional[str] = None
    config_file: Optional[str] = None
    isolated: bool = False
    time_budget: Optional[float] = None
    encoding: Optional[str] = None
    cedict: bool = False
    output_format: str = "text"
    statistics: bool = False
    html: Optional[Path] = None
    verbose: bool = False
    quiet: bool = False
    no_cache: bool = False
    site_repetition: bool = False
    line_scorer: bool = False


def split_list(values: Optional[List[str]]) -> list[str]:
    out: list[str] = []
    for v in values or []:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


def fail(message: str) -> None:
    err(f"error: {message}")
    raise SystemExit(EXIT_ERROR)



def run_configuration(config_file: Optional[str], isolated: bool, params: dict) -> Config:
    """The settings a run reads: those of ``--config FILE``, none with ``--isolated``, else those
    that apply where the run reads (see :func:`run_directory`); a broken file ends the run."""
    configuration.forget()  # files may have changed since an earlier run in this process
    try:
        if config_file is not None:
            return configuration.load_file(Path(config_file))
        if isolated:
            return Config()
        return configuration.config_for(run_directory(params))
    except ConfigError as exc:
        fail(str(exc))
        raise  # (fail never returns)


def run_directory(params: dict) -> Path:
    """Where the settings of a run as a whole (such as --jobs) are looked up."""
    if params.get("stdin_filename"):
        return Path(os.path.abspath(params["stdin_filename"])).parent
    jsonl = params.get("jsonl")
    if jsonl and jsonl != "-":
        return Path(os.path.abspath(jsonl)).parent
    paths = [p for p in params.get("paths") or [] if p != "-"]
    if not paths:
        return Path.cwd()
    dirs = [os.path.abspath(p) if os.path.isdir(p) else os.path.dirname(os.path.abspath(p)) for p in paths]
    try:
        return Path(os.path.commonpath(dirs))
    except ValueError:  # different drives
        return Path.cwd()


@record
class Settings:
    """The options of one ``cleaner clean`` run, and the options each configuration gives a file."""

    base: batch.Options
    flags: dict  # the settings given on the command line, by parameter name
    isolated: bool
    named: Optional[Config]  # --config FILE
    run_config: Config
    exclusions: Exclusions
    force_exclude: bool
    _by_config: dict = field(default_factory=dict)
    _rules: dict = field(default_factory=dict)

    def config_for(self, path: Path | str) -> Config:
        if self.isolated:
            return Config()
        if self.named is not None:
            return self.named
        try:
            return configuration.config_for(path)
        except ConfigError as exc:  # every file's settings are read before any file is written
            err(f"error: {exc}\nNo file was changed.")
            raise SystemExit(EXIT_ERROR)

    def options(self, cfg: Config) -> batch.Options:
        """The options for files under ``cfg``: flags first, then ``cfg``, then the defaults."""
        if cfg in self._by_config:
            return self._by_config[cfg]
        f = self.flags
        selected = split_list(f["select"]) if "select" in f else list(cfg.select or [])
        ignored = split_list(f["ignore"]) if "ignore" in f else list(cfg.ignore)
        rule_dirs = tuple(cfg.rules) + tuple(str(r) for r in f.get("rules") or [])
        budget = f["time_budget"] if "time_budget" in f else cfg.time_budget
        opts = replace(
            self.base,
            lang=f.get("lang") or cfg.lang,
            select=tuple(selected) if selected else None,
            ignore=tuple(ignored),
            rule_dirs=rule_dirs,
            time_budget=float(budget) if budget is not None else None,
            rules=self._ruleset(rule_dirs, tuple(selected) or None, tuple(ignored), cfg),
        )
        self._by_config[cfg] = opts
        return opts

    def _ruleset(self, rule_dirs, select, ignore, cfg: Config):
        key = (rule_dirs, select, ignore)
        if key not in self._rules:
            where = f" (settings of {cfg.path})" if cfg.path is not None and cfg != self.run_config else ""
            self._rules[key] = rules_and_selection(rule_dirs, select, ignore, where)
        return self._rules[key]

    def globs(self, cfg: Config) -> tuple[str, ...]:
        return tuple(self.flags.get("glob") or cfg.glob or DEFAULT_GLOBS)

    def excluded(self, path: Path | str) -> Optional[str]:
        return self.exclusions.excluded(path, self.config_for(path) if not self.isolated else None)

    def could_exclude_under(self, directory: Path) -> bool:
        """Whether anything could exclude an entry of ``directory``: ``--exclude`` patterns, a
        configuration's ``exclude``, or a ``.gitignore`` from the repository root down to it."""
        if self.exclusions.patterns:
            return True
        if not self.isolated and self.config_for(directory / "_").exclude:
            return True
        return self.exclusions.gitignore and configuration.gitignore_above(directory)

    def excluded_directory(self, path: Path | str) -> Optional[str]:
        """Why a directory found in a walk is not entered, or None (its own settings apply)."""
        config = self.config_for(Path(path) / "_") if not self.isolated else None
        return self.exclusions.excluded(path, config, directory=True)


def rules_and_selection(rule_dirs, select, ignore, where: str = ""):
    """The rule set, once the rule files load and every --select/--ignore name is known; else exit 2."""
    try:
        select_passes(select, ignore)
        ruleset = batch.load_ruleset(rule_dirs)
        check_ignore(ignore, ruleset)
    except UnknownPass as exc:
        fail(f"{exc}{where}")
    except RuleSetError as exc:
        err(f"error: {exc}{where}\nNo file was changed. Fix the rule files and run again.")
        raise SystemExit(EXIT_ERROR)
    return ruleset



def check_options(a: "CleanArgs") -> None:
    """Options that cannot go together, or values that cannot be right: exit 2 before anything is read."""
    problems = [
        (a.isolated and a.config_file is not None,
         "--isolated ignores every configuration file; it cannot be combined with --config"),
        (a.output_format not in FORMATS, f"--output-format must be one of {', '.join(FORMATS)}, not {a.output_format!r}"),
        (a.output_format != "text" and a.diff, f"--diff prints a diff; it cannot be combined with --output-format {a.output_format}"),
        (a.output is not None and a.jsonl is None,
         "-o/--output names where --jsonl writes its records; to write cleaned copies of files, use --output-dir DIR"),
        (a.lang is not None and not LANG_CODE.fullmatch(a.lang),
         f"--lang {a.lang}: give a language code (en, fr, de, zh, zh-Hant, ja, ...), not a name"),
        (a.html is not None and (a.jsonl is not None or a.paths in (None, [], ["-"])),
         "--html reviews files: name files or directories (for --jsonl or stdin, use --report FILE)"),
        (a.html is not None and a.output_dir is not None,
         "--html writes nothing but the review page; it cannot be combined with --output-dir"),
    ]
    for wrong, message in problems:
        if wrong:
            fail(message)



def settings_for(a: CleanArgs, run_config: Config, flags: dict) -> Settings:
    """The settings of a run: ``run_config`` is the configuration the run reads (``--config``,
    else the one that applies where it reads), ``flags`` the configurable settings given on the
    command line."""
    listing = a.output_format != "text"
    base = batch.Options(check=a.check, diff=a.diff, output_dir=str(a.output_dir) if a.output_dir else None,
                         report=bool(a.report) or listing or a.html is not None, cedict=a.cedict, verbose=a.verbose,
                         encoding=a.encoding, review=a.html is not None, line_scorer=a.line_scorer)
    return Settings(
        base=base,
        flags=flags,
        isolated=a.isolated,
        named=run_config if a.config_file is not None else None,
        run_config=run_config,
        exclusions=Exclusions(patterns=tuple(a.exclude or ()), gitignore=a.respect_gitignore),
        force_exclude=a.force_exclude,
    )


def check_extras(opts: batch.Options, a: "CleanArgs") -> None:
    """CC-CEDICT there if asked for; the rule set's warnings with --verbose."""
    if a.cedict:
        from .cedict import CedictMissing, _dictionary

        try:
            _dictionary()
        except CedictMissing as exc:
            fail(str(exc))
    if a.verbose:
        for w in opts.rules.warnings:
            err(f"warning: {w}")



def stdin_run(a: "CleanArgs", paths: list[str], settings: Settings, opts: batch.Options) -> int:
    if len(paths) > 1 or a.output_dir:
        fail("'-' (stdin) cannot be combined with other paths or --output-dir")
    if stdin_closed():
        fail("stdin is closed; pipe text in or name files to clean")
    refuse_report_on_stdout(a.report, "the cleaned text goes to stdout" if opts.writes
                             else "the diff goes to stdout" if a.diff else None)
    if a.output_format != "text" and opts.writes:
        refuse([f"--output-format {a.output_format} would mix the edits into the cleaned text on stdout; "
                 "add --check, or use --report FILE"])
    if a.stdin_filename is not None:
        why = settings.excluded(a.stdin_filename)
        opts = settings.options(settings.config_for(a.stdin_filename))
        if why is not None:
            return pass_through(a.stdin_filename, why, opts, a.verbose)
    return clean_stdin(opts, a.report, a.statistics, a.output_format, a.stdin_filename or "-")


def stdin_closed() -> bool:
    # Started with stdin closed (``<&-``), Python sets sys.stdin to None.
    return sys.stdin is None or sys.stdin.closed


def refuse(problems: list[str]) -> None:
    """Stop before anything is read or written if the run would overwrite its own input."""
    if problems:
        for problem in problems:
            err(f"error: {problem}")
        err("Nothing was read or written.")
        raise SystemExit(EXIT_ERROR)


def refuse_report_on_stdout(report: Optional[Path], stdout_use: Optional[str]) -> None:
    if report is not None and str(report) == "-" and stdout_use:
        refuse([f"--report - would mix the report into the data: {stdout_use}; give --report a file"])



def pass_through(name: str, why: str, opts: batch.Options, verbose: bool) -> int:
    """An excluded --stdin-filename: the text goes through as it came, unread and unchanged."""
    data = sys.stdin.buffer.read()
    if verbose:
        err(f"excluded {name} ({why}); passed through unchanged")
    if opts.writes:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK


def clean_stdin(opts: batch.Options, report: Optional[Path], statistics: bool, output_format: str = "text",
                 name: str = "-") -> int:
    summary = Report(writes=opts.writes)
    rep = ReportFile(report)
    data = sys.stdin.buffer.read()
    if rep.failed:
        if opts.writes:
            sys.stdout.buffer.write(data)  # a filter never loses bytes
        return EXIT_ERROR
    label = "<stdin>" if name == "-" else name
    try:
        text, codec = decode(data, label, opts.encoding)
    except InputError as exc:
        if opts.writes:
            sys.stdout.buffer.write(data)  # a filter never loses bytes
        summary.failed(str(exc))
        return summary.return_code
    outcome, new_text = batch.clean_text(text, opts, name)
    out = data
    if outcome.status == batch.CHANGED:
        try:
            out = encode(new_text, codec)
        except UnicodeEncodeError as exc:
            outcome = batch.Outcome(name, batch.ERROR, f"{label}: the cleaned text cannot be written as {codec} ({exc.reason})")
    if outcome.status == batch.ERROR:
        if opts.writes:
            sys.stdout.buffer.write(data)
        summary.failed(outcome.message)
        return summary.return_code
    summary.done(outcome.status, outcome.counts)
    if report is not None:
        rep.write(outcome.records)
    rep.close()
    summary.output_failed = rep.failed
    for note in outcome.notes:
        err(note)
    if statistics:
        summary.statistics()
    if output_format != "text":
        listing = Listing(output_format, applied=opts.writes)
        listing.add(outcome)
        listing.close()
    elif opts.diff:
        sys.stdout.write(outcome.diff)
    elif opts.writes:
        sys.stdout.buffer.write(out)
    sys.stdout.flush()
    return summary.return_code


# -- JSON Lines and files ------------------------------------------------------------------
def jsonl_run(a: CleanArgs, opts: batch.Options, jobs: Optional[int]) -> int:
    if a.paths or a.output_dir:
        fail("--jsonl takes its input from its own argument; give no PATH and no --output-dir")
    if a.stdin_filename is not None:
        fail("--stdin-filename names the text read by 'cleaner clean -'; it does not apply to --jsonl")
    if a.jsonl == "-" and stdin_closed():
        fail("stdin is closed; give --jsonl a file or pipe records in")
    refuse_report_on_stdout(a.report, "records go to stdout" if a.output is None and opts.writes else None)
    if a.output_format != "text":
        refuse([f"--output-format {a.output_format} lists the edits of files; with --jsonl use --report FILE"])
    outputs = {k: v for k, v in (("--output", a.output), ("--report", a.report)) if v is not None and str(v) != "-"}
    refuse(output_conflicts([], [Path(a.jsonl)] if a.jsonl != "-" else [], outputs))
    if a.output is not None and not Path(os.path.abspath(a.output)).parent.is_dir():
        refuse([f"--output {a.output}: its directory does not exist; create it or choose another path"])
    return _clean_jsonl(a.jsonl, a.field_name, a.id_field, a.output, opts, a.report, jobs, a.statistics, a.quiet,
                        a.site_repetition)


def _clean_jsonl(source: str, field_name: str, id_field: str, output: Optional[Path], opts: batch.Options,
                 report: Optional[Path], jobs: Optional[int], statistics: bool, quiet: bool,
                 site_repetition: bool = False) -> int:
    from .jsonl import clean_jsonl

    summary = Report(writes=opts.writes, quiet=quiet, unit="record")
    rep = ReportFile(report)
    if rep.failed:  # nothing read, nothing written
        return EXIT_ERROR
    try:
        result = clean_jsonl(source, field_name, id_field, output, opts, jobs or os.cpu_count() or 1, rep.write, err,
                             site_repetition)
    except OSError as exc:  # the --output file cannot be opened or written
        err(f"error: {exc.filename or output}: cannot write ({exc.strerror or exc}); choose another --output path")
        return EXIT_ERROR
    finally:
        rep.close()
    if result is None:
        return EXIT_ERROR
    tally, counts = result
    summary.change_count, summary.same_count, summary.failure_count = tally[batch.CHANGED], tally[batch.UNCHANGED], tally[batch.ERROR]
    summary.counts.update(counts)
    summary.output_failed = rep.failed
    if statistics:
        summary.statistics()
    summary.summary()
    return summary.return_code


def _targets(paths: list[str], settings: Settings, verbose: bool):
    """The files to clean: directories walked with their settings' globs, exclusions applied."""
    for arg in paths:
        if os.path.isdir(arg) and not os.path.islink(arg):
            globs = settings.globs(settings.config_for(Path(arg) / "_"))
            for item in discover([arg], globs, skip_dir=_directory_skipper(settings, verbose)):
                where = item.path if isinstance(item, Target) else batch._error_path(item)
                why = settings.excluded(where)
                if why is None:
                    yield item
                elif verbose:
                    err(f"excluded {where} ({why})")
        else:
            why = settings.excluded(arg) if settings.force_exclude else None
            if why is None:
                yield from discover([arg])
            elif verbose:
                err(f"excluded {arg} ({why})")


def _directory_skipper(settings: Settings, verbose: bool):
    """The walk's ``skip_dir``: whether a directory is excluded. A directory can only be excluded
    when an exclusion source is in force where it sits: ``--exclude`` patterns, or a
    ``.gitignore`` or ``pyproject.toml`` in a directory above it (or, at the walk's root, one of
    them up to the repository root). That is known from its parent's answer with two file tests,
    so a tree thousands of levels deep is walked in linear time; the full check runs only where a
    source is in force."""
    in_force: dict[Path, bool] = {}

    def sources_in(d: Path) -> bool:
        # (a directory that cannot be examined has none: the walk reports it when it gets there)
        return configuration.is_file(d / ".gitignore") or configuration.is_file(d / "pyproject.toml")

    def skip_dir(d: Path) -> bool:
        parent = d.parent
        if parent not in in_force:  # the walk's root: the one check that looks all the way up
            in_force[parent] = settings.could_exclude_under(parent)
        if in_force[parent]:
            why = settings.excluded_directory(d)
            if why is not None:
                if verbose:
                    err(f"excluded {d.as_posix()}/ ({why})")
                return True
        in_force[d] = in_force[parent] or sources_in(d)
        return False

    return skip_dir


def paths_run(paths, settings: Settings, opts: batch.Options, report, jobs, statistics, verbose, quiet,
                 output_format="text", html: Optional[Path] = None, site_repetition: bool = False) -> int:
    targets = list(_targets(paths, settings, verbose))
    found = [t for t in targets if not isinstance(t, InputError)]
    _refuse_overwriting_inputs(paths, found, opts, report, html)
    options_for = _options_for(settings, found)
    if site_repetition:
        options_for = _with_site_lines(options_for or (lambda t: opts), found, opts, verbose)
    summary = Report(writes=opts.writes, quiet=quiet, verbose=verbose)
    rep = ReportFile(report)
    if rep.failed:
        return EXIT_ERROR
    listing = Listing(output_format, applied=opts.writes) if output_format != "text" else None
    review = _review(html, opts)
    with _progress(len(targets) if sys.stderr.isatty() and not quiet and len(found) > 1 else 0) as advance:
        try:
            for outcome in batch.run(targets, opts, jobs, options_for=options_for):
                for sink in (rep if report is not None else None, listing, review):
                    if sink is not None:
                        sink.add(outcome)
                for note in outcome.notes:
                    err(note)
                if outcome.status == batch.ERROR:
                    summary.failed(outcome.message)
                else:
                    summary.done(outcome.status, outcome.counts)
                    _say(outcome, opts, verbose, listing is not None)
                advance()
        finally:
            rep.close()
    summary.output_failed = rep.failed
    return _finish(summary, listing, review, html, statistics)


def _refuse_overwriting_inputs(paths, found, opts: batch.Options, report, html) -> None:
    outputs = {"--report": report} if report is not None and str(report) != "-" else {}
    if html is not None:
        outputs["--html"] = html
        if not Path(os.path.abspath(html)).parent.is_dir():
            refuse([f"--html {html}: its directory does not exist; create it or choose another path"])
    output_dir = Path(opts.output_dir) if opts.output_dir and opts.writes else None
    refuse(output_conflicts(found, [Path(p) for p in paths], outputs, output_dir))


def _options_for(settings: Settings, found: list[Target]):
    """Each file's options, from its own directory's settings (None: one set for all)."""
    if settings.isolated or settings.named is not None:
        return None

    def options_for(t: Target) -> batch.Options:
        return settings.options(settings.config_for(t.path))

    for t in found:  # every configuration read and every rule set loaded before a file is touched
        options_for(t)
    return options_for


def _with_site_lines(options_for, found: list[Target], opts: batch.Options, verbose: bool):
    """``options_for`` with each file's site lines (see :mod:`cleaner.site`): every file is read
    once first to count the lines of its site."""
    from .files import read_text
    from .passes.boilerplate.site import SiteIndex, site_of_path

    index = SiteIndex()
    for t in found:
        try:
            index.add(site_of_path(t.path), read_text(t.path, opts.encoding)[1])
        except (InputError, OSError):
            continue  # reported when the batch reaches it
    sites = index.sites()
    if verbose:
        for site, lines in sorted(sites.items()):
            err(f"site {site}: {len(lines.counts)} repeated lines in {lines.documents} documents")
    chosen: dict = {}

    def with_site(t: Target) -> batch.Options:
        base, site = options_for(t), site_of_path(t.path)
        key = (id(base), site)
        if key not in chosen:
            chosen[key] = (base, replace(base, site_lines=sites.get(site)))
        return chosen[key][1]

    return with_site


def _review(html: Optional[Path], opts: batch.Options):
    if html is None:
        return None
    from .review import Review

    return Review(title="cleaner review", mode="diff" if opts.diff else "check" if opts.check else "review")


@contextmanager
def _progress(total: int):
    """A progress bar on stderr for ``total`` items (none when 0); yields the function that advances it."""
    if not total:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    progress = Progress(console=Console(stderr=True), transient=True)
    progress.start()
    task = progress.add_task("cleaning", total=total)
    try:
        yield lambda: progress.advance(task)
    finally:
        progress.stop()


def _finish(summary: Report, listing, review, html, statistics: bool) -> int:
    if listing is not None:
        listing.close()
    sys.stdout.flush()
    if statistics:
        summary.statistics()
    if review is not None:
        try:
            review.write(html)
        except OSError as exc:
            summary.output_failed = True
            err(f"error: {html}: cannot write the review page ({exc.strerror or exc}); choose another --html path")
    summary.summary()
    if review is not None and review.mode == "review" and summary.return_code == EXIT_CHANGES:
        return EXIT_OK  # --html alone reviews; --check or --diff make changes exit 1
    return summary.return_code


def _say(outcome: batch.Outcome, opts: batch.Options, verbose: bool, listed: bool) -> None:
    """The text format: a diff, 'would clean PATH' (--check), or with -v what happened to the file."""
    if listed:
        return
    if outcome.status == batch.CHANGED:
        if opts.diff:
            sys.stdout.write(outcome.diff)
        elif opts.check:
            sys.stdout.write(f"would clean {outcome.path}\n")
        elif verbose and opts.review:
            err(f"would clean {outcome.path} ({sum(outcome.counts.values())} edits)")
        elif verbose:
            err(f"cleaned {outcome.path} ({sum(outcome.counts.values())} edits)")
    elif verbose:
        err(f"unchanged {outcome.path}")


def run(a: CleanArgs, run_config: Config, flags: dict) -> int:
    """One ``cleaner clean`` run: check the options, load the rules, then clean stdin, a JSON
    Lines stream or files and directories; the exit code."""
    if a.no_cache:
        from . import cache

        cache.disable()
    check_options(a)
    settings = settings_for(a, run_config, flags)
    opts = settings.options(settings.run_config)  # loads and checks the rules before anything is read
    check_extras(opts, a)
    jobs = a.jobs or settings.run_config.jobs
    if a.jsonl is not None:
        return jsonl_run(a, opts, jobs)
    paths = list(a.paths or [])
    if not paths:
        if stdin_closed() or sys.stdin.isatty():
            fail("no PATH given. Name files or directories to clean, or pipe text in: cleaner clean - < article.txt")
        paths = ["-"]
    if "-" in paths:
        return stdin_run(a, paths, settings, opts)
    if a.stdin_filename is not None:
        fail("--stdin-filename names the text read from stdin; give no PATH, or '-'")
    refuse_report_on_stdout(a.report, "the diff goes to stdout" if a.diff else "--check lists files on stdout" if a.check else None)
    return paths_run(paths, settings, opts, a.report, jobs, a.statistics, a.verbose, a.quiet, a.output_format, a.html,
                     a.site_repetition)
