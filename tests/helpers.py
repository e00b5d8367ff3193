"""Paths and helpers shared by the tests."""

from __future__ import annotations

import os
import shutil
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CASES = Path(__file__).resolve().parent / "cases"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


def cleaner_executable() -> str:
    """The installed console script, next to this interpreter."""
    candidate = Path(sysconfig.get_path("scripts")) / ("cleaner.exe" if os.name == "nt" else "cleaner")
    if candidate.exists():
        return str(candidate)
    found = shutil.which("cleaner")
    if not found:
        pytest.fail("the `cleaner` command is not installed; run `pip install -e .[test]` first")
    return found


def needs_shared(*paths: Path):
    """Skip (with a reason naming what is missing) a test that reads evaluation data kept outside
    the repository, beside the checkout in ../shared; CI has it, a fresh clone does not."""
    missing = [p for p in paths if not p.exists()]
    return pytest.mark.skipif(
        bool(missing),
        reason=f"{', '.join(str(p) for p in missing)} is absent (evaluation data outside the repository)",
    )


def ftfy_encoding_config():
    """The ftfy settings the mojibake pass's fast path (``mojibake.fix_encoding``) stands for:
    encoding fixes and C1 controls on, everything that changes correct text off."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_encoding=True, restore_byte_a0=True,
        replace_lossy_sequences=True, decode_inconsistent_utf8=True, fix_c1_controls=True,
        fix_latin_ligatures=False, fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
        fix_surrogates=False, remove_control_chars=False, normalization=None, explain=False,
    )
