"""The ``cleaner`` command: parse options, call :mod:`cleaner.runner` (or a benchmark), print what happened.

Settings come from ``[tool.cleaner]`` (:mod:`cleaner.config`), merged into click's
``default_map`` so that flags given on the command line override them; a file in another project
gets that project's settings under the same flags. What a run did, and its exit code, is kept by
one :class:`cleaner.report.Report` for every runner (paths, JSON Lines, stdin).

Exit codes: 0 success (also after fixing files), 1 ``--check``/``--diff`` found changes,
2 errors (bad rule file, bad option, unreadable or non-text input).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .config import Config
from .files import DEFAULT_GLOBS
from .passes import PASSES
from .report import EXIT_CHANGES, EXIT_ERROR, EXIT_OK, err as _err
from .rules import RuleSetError, load_rules
from .runner import (
    CONFIGURABLE,
    CleanArgs,
    rules_and_selection,
    run,
    run_configuration,
    split_list,
)

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Clean scraped, machine-translated news articles.",
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    # Plain help, as ruff and black print it: an option, its metavar, one line of help.
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

__all__ = ["app", "main", "EXIT_OK", "EXIT_CHANGES", "EXIT_ERROR"]


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


def _read_configuration(ctx: typer.Context, param, value: Optional[str]) -> Optional[str]:
    """Merge ``[tool.cleaner]`` into ``ctx.default_map``, as black's ``read_pyproject_toml`` does.

    The settings read are those of ``--config FILE``, else those that apply where the run reads
    (the directory of the inputs, of ``--jsonl``/``--stdin-filename``, else the working directory).
    """
    if ctx.resilient_parsing:
        return value
    found = run_configuration(value, bool(ctx.params.get("isolated")), ctx.params)
    ctx.meta["cleaner.config"] = found
    ctx.default_map = {**found.defaults(), **(ctx.default_map or {})}
    return value


def _flags(ctx: typer.Context, names: tuple[str, ...]) -> dict:
    """The values of ``names`` given on the command line (not taken from defaults or settings)."""
    given = {n: ctx.get_parameter_source(n) for n in names}
    return {n: ctx.params[n] for n, source in given.items() if getattr(source, "name", "") in ("COMMANDLINE", "ENVIRONMENT")}


@app.command()
def clean(
    ctx: typer.Context,
    paths: Optional[List[str]] = typer.Argument(None, metavar="PATH", show_default=False, hidden=True, is_eager=True),
    check: bool = typer.Option(False, "--check", help="Write nothing; exit 1 if any file would change, listing them."),
    diff: bool = typer.Option(False, "--diff", help="Write nothing; print a unified diff; exit 1 if anything would change."),
    output_dir: Optional[Path] = typer.Option(None, "--output-dir", metavar="DIR", help="Write cleaned copies under DIR, mirroring the input tree."),
    rules: Optional[List[Path]] = typer.Option(None, "--rules", metavar="DIR", help="Extra rule directory layered over the built-in rules (repeatable)."),
    report: Optional[Path] = typer.Option(None, "--report", metavar="FILE", help="Write every edit as JSON Lines to FILE ('-' for stdout)."),
    select: Optional[List[str]] = typer.Option(None, "--select", metavar="PASS,...", help="Run only these passes (comma-separated)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", metavar="NAME,...", help="Skip these passes or rule ids (comma-separated)."),
    lang: Optional[str] = typer.Option(None, "--lang", metavar="CODE", help="Force the document language (en, fr, zh, ...)."),
    glob: Optional[List[str]] = typer.Option(None, "--glob", metavar="PATTERN", help="File patterns to clean in directories (repeatable; default *.txt and *.md)."),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", metavar="PATTERN", help="Leave out files matching this gitignore-style pattern when walking directories (repeatable)."),
    force_exclude: bool = typer.Option(False, "--force-exclude", help="Apply exclusions (and .gitignore) to files named explicitly too, as pre-commit passes them."),
    respect_gitignore: bool = typer.Option(True, "--respect-gitignore/--no-respect-gitignore", show_default=False, help="Leave out files .gitignore ignores (default: on)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", metavar="N", min=1, help="Worker processes for batches (default: all cores)."),
    jsonl: Optional[str] = typer.Option(None, "--jsonl", metavar="FILE", is_eager=True, help="Clean a JSON Lines file ('-' for stdin) record by record, to stdout (or --output)."),
    field_name: str = typer.Option("text", "--field", metavar="NAME", help="With --jsonl: the field holding the text."),
    id_field: str = typer.Option("id", "--id-field", metavar="NAME", help="With --jsonl: the field that names a record in the report."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE", help="With --jsonl: write records here instead of stdout."),
    stdin_filename: Optional[str] = typer.Option(None, "--stdin-filename", metavar="PATH", is_eager=True, help="The path of the text read from stdin: its settings and exclusions apply, reports name it."),
    config_file: Optional[str] = typer.Option(None, "--config", metavar="FILE", callback=_read_configuration, help="Read settings from this pyproject.toml only (default: the nearest one above each file)."),
    isolated: bool = typer.Option(False, "--isolated", is_eager=True, help="Ignore every configuration file."),
    time_budget: Optional[float] = typer.Option(None, "--time-budget", metavar="SECONDS", min=0, help="Seconds a document may take before it fails and is left unchanged (default: 10 plus 5 per million characters; 0: no limit)."),
    encoding: Optional[str] = typer.Option(None, "--encoding", metavar="NAME", help="Read and write files in this encoding instead of UTF-8 (e.g. utf-16, gb18030, latin-1)."),
    cedict: bool = typer.Option(False, "--cedict", help="Translate CJK runs no glossary covers from CC-CEDICT (low confidence; needs cleaner[cedict])."),
    output_format: str = typer.Option("text", "--output-format", metavar="FORMAT",
                                      help="How edits are listed on stdout: text (file names or a diff), concise (one line per edit), json, github (workflow annotations)."),
    statistics: bool = typer.Option(False, "--statistics", help="Print how many edits each rule made."),
    html: Optional[Path] = typer.Option(None, "--html", metavar="FILE", help="Write a review page of every edit to FILE (one self-contained HTML file); no other file is written."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Say what happens to each file."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only errors."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Neither read nor write the cache of compiled rules (also CLEANER_NO_CACHE=1)."),
    site_repetition: bool = typer.Option(False, "--site-repetition/--no-site-repetition", show_default=False,
                                         help="In a batch, drop lines repeated across many documents of the same site (folder, or the url's host with --jsonl), each deletion recorded."),
    line_scorer: bool = typer.Option(False, "--line-scorer/--no-line-scorer", show_default=False,
                                     help="Also drop the chrome the learned line scorer is sure of (menus, headline lists, footers no rule knows), each deletion recorded as boilerplate/line-scorer with its score; about ten times slower on pages full of chrome."),
) -> None:
    """Clean files in place, or stdin to stdout.

    PATH: files or directories (walked for *.txt and *.md); '-', or nothing with piped input,
    reads stdin and writes stdout.
    """
    a = CleanArgs(**{k: v for k, v in locals().items() if k != "ctx"})  # the options, by name
    raise typer.Exit(run(a, ctx.meta.get("cleaner.config", Config()), _flags(ctx, CONFIGURABLE)))


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
    corpus: Optional[Path] = typer.Option(None, "--corpus", metavar="DIR", help="Measure on the real text under DIR (.txt, .md, .html): MB/s per pass and the ratio to ftfy.fix_text, one core."),
    line_scorer: bool = typer.Option(False, "--line-scorer", help="With --corpus: time the pipeline with --line-scorer too."),
) -> None:
    """Time the whole pipeline on one core and on all cores against ftfy.fix_text."""
    from . import bench

    if startup:
        found = bench.startup()
        typer.echo(json.dumps(found, indent=1) if as_json else bench.format_startup(found))
        return
    if corpus is not None:
        found = bench.corpus_speed(corpus, line_scorer=line_scorer)
        typer.echo(json.dumps(found, indent=1) if as_json else bench.format_corpus_speed(found))
        return
    result = bench.speed(samples, articles, jobs)
    typer.echo(json.dumps(result, indent=1) if as_json else bench.format_speed(result))


@bench_app.command("mojibake")
def bench_mojibake(
    data: Optional[Path] = typer.Argument(None, metavar="DIR", help="Test data folder (default: tests/data of a checkout)."),
    as_json: bool = typer.Option(False, "--json", help="Print the numbers as JSON."),
) -> None:
    """ftfy's test cases and Chinese mojibake through the mojibake pass: repaired, and correct text unchanged."""
    from .bench_mojibake import format_mojibake, mojibake_figures

    report = mojibake_figures(data)
    typer.echo(json.dumps(report, ensure_ascii=False, indent=1) if as_json else format_mojibake(report))


@bench_app.command("names")
def bench_names(
    folder: Optional[Path] = typer.Argument(None, metavar="DIR", help="Machine translations (*.en.txt): names edits and spellings left per document."),
    sample: int = typer.Option(0, "--sample", metavar="N", min=0, help="Print N random names edits of DIR for review."),
) -> None:
    """Names benchmark: precision and recall of the names pass, per category."""
    from . import bench_names as names

    raise typer.Exit(names.main(([str(folder)] if folder else []) + (["--sample", str(sample)] if sample else [])))


@bench_app.command("glossary")
def bench_glossary(
    data: Path = typer.Argument(Path("tests/data/glossary_bench"), metavar="DIR", help="Evaluation set (en/de/fr/senses .jsonl)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Leftover-CJK evaluation set: correct, left with a finding, wrong; per language and slot; wrong senses."""
    from . import bench_glossary as glossary

    if not any(Path(data).glob("*.jsonl")):
        typer.echo(f"error: {data}: no evaluation set here (en.jsonl, de.jsonl, fr.jsonl, senses.jsonl); "
                   "run from the repository's root or pass the set's directory", err=True)
        raise typer.Exit(2)
    report = glossary.run(data)
    typer.echo(json.dumps(report, ensure_ascii=False, indent=1, default=str) if as_json else glossary.format_report(report))


@bench_app.command("html")
def bench_html(
    data: Path = typer.Argument(..., metavar="DIR", help="Pages in the article-extraction-benchmark layout: DIR/html/<id>.html.gz and DIR/ground-truth.json."),
    as_json: bool = typer.Option(False, "--json", help="Print the numbers as JSON."),
) -> None:
    """Whole HTML pages: shingle F1 of the article the cleaner keeps, against human gold text."""
    from . import bench_html as pages

    result = pages.run(data)
    typer.echo(json.dumps(result, indent=1) if as_json else pages.report(result))


@bench_app.command("chrome")
def bench_chrome(
    readability: Optional[Path] = typer.Option(None, "--readability", metavar="DIR", help="Readability pages (noisy.txt, noisy_window.txt, expected.txt per folder)."),
    trafilatura_en: Optional[Path] = typer.Option(None, "--trafilatura-en", metavar="DIR", help="trafilatura_en pages (must-keep and must-drop snippets)."),
    pages: List[Path] = typer.Option([], "--pages", metavar="JSONL", help="Labelled pages, e.g. training/data/devset.jsonl (repeatable)."),
    sizes: str = typer.Option("given,5,15,30,page", "--sizes", metavar="LIST", help="Lines of chrome each side of the article: numbers, 'page' (all of it), 'given' (readability's own window)."),
    systems: str = typer.Option("pipeline,line-scorer", "--systems", metavar="LIST", help="pipeline (as it is), line-scorer (with --line-scorer), scorer (the line scorer alone), replace (--line-scorer without edge-chrome), site (with --site-repetition over each page's site)."),
) -> None:
    """Plain-text windows of chrome around articles: F1 and content loss of the pipeline and of the line scorer."""
    from . import bench_chrome as chrome

    args = ["--sizes", sizes, "--systems", systems] + (["--readability", str(readability)] if readability else []) \
        + (["--trafilatura-en", str(trafilatura_en)] if trafilatura_en else []) + [a for p in pages for a in ("--pages", str(p))]
    raise typer.Exit(chrome.main(args))


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
    line_scorer: bool = typer.Option(False, "--line-scorer", help="Run the learned line scorer too, as clean --line-scorer does."),
) -> None:
    """Edits on clean text, which should have none: per language, per rule, with examples.

    DIR: a folder of clean, real documents, DIR/<lang>/.../*.txt.
    """
    import os

    from . import bench

    if not bench_dir.is_dir():
        _err(f"error: {bench_dir}: not a directory")
        raise typer.Exit(EXIT_ERROR)
    selected, ignored = split_list(select) or None, split_list(ignore)
    rule_dirs = tuple(str(r) for r in rules or [])
    rules_and_selection(rule_dirs, selected, ignored)
    try:
        fh = open(json_file, "w", encoding="utf-8", errors="backslashreplace") if json_file else None
    except OSError as exc:
        _err(f"error: {json_file}: cannot write ({exc.strerror or exc}); choose another --json path")
        raise typer.Exit(EXIT_ERROR)
    try:
        report = bench.harm(bench_dir, rule_dirs=rule_dirs, select=selected, ignore=ignored,
                            jobs=jobs or os.cpu_count() or 1, examples=show, jsonl=fh, line_scorer=line_scorer)
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
