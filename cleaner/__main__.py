"""The ``cleaner`` command's entry point (also ``python -m cleaner``).

The plain stdin filter (``cleaner clean -`` with at most the flags in :data:`FLAGS`) is what a
shell pipeline, an editor or a hook starts once per text; it is run here without building the
typer command line, which costs more than cleaning a short text. The options it takes mean the
same as on the full command line and give the same output and exit code (a test runs both ways);
anything else, ``--help`` included, goes to :mod:`cleaner.cli`.
"""

from __future__ import annotations

import errno
import os
import sys
from typing import Optional

# flag -> (parameter, takes a value)
FLAGS = {
    "--check": ("check", False),
    "--diff": ("diff", False),
    "--quiet": ("quiet", False),
    "-q": ("quiet", False),
    "--verbose": ("verbose", False),
    "-v": ("verbose", False),
    "--no-cache": ("no_cache", False),
    "--statistics": ("statistics", False),
    "--stdin-filename": ("stdin_filename", True),
}


def parse_filter(argv: list[str]) -> Optional[dict]:
    """The options of ``argv`` when it is ``clean -`` with only flags of :data:`FLAGS`, each at
    most once; else None (the full command line decides)."""
    if not argv or argv[0] != "clean":
        return None
    found: dict = {}
    dash = 0
    args = iter(argv[1:])
    for arg in args:
        if arg == "-":
            dash += 1
            continue
        name, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name not in FLAGS:
            return None
        param, takes_value = FLAGS[name]
        if param in found or bool(eq) and not takes_value:
            return None
        if takes_value and not eq:
            value = next(args, None)
            if value is None or value.startswith("-"):
                return None
        found[param] = value if takes_value else True
    return found if dash == 1 else None


def run_filter(found: dict) -> int:
    """``cleaner clean -`` with the options ``found``: as :func:`cleaner.cli.clean` runs it."""
    from .runner import CleanArgs, run, run_configuration

    a = CleanArgs(paths=["-"], **found)
    run_config = run_configuration(None, False, vars(a))
    a.lang = run_config.lang  # settings reach the options as the command line's defaults do
    return run(a, run_config, {})


def _filter_exit_code(found: dict) -> int:
    """Run the filter; a closed pipe or Ctrl-C end it as they end the full command line."""
    try:
        code = run_filter(found)
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        # The reader went away (``cleaner clean - | head``): nothing more can be written.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def main() -> None:
    # File names that are not UTF-8 reach Python as lone surrogates; print them escaped rather
    # than fail half-way through a batch.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    found = None if os.environ.get("CLEANER_FULL_CLI") else parse_filter(sys.argv[1:])
    if found is not None:
        # One text, cleaned with the cyclic collector off as every document is (see
        # cleaner.pipeline): off from the start, the collector no longer walks the objects the
        # imports and the rules create, a few milliseconds of every start-up.
        import gc

        gc.disable()
        sys.exit(_filter_exit_code(found))
    from .cli import main as full

    full()


if __name__ == "__main__":
    main()
