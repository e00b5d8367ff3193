"""The seal of the package's own boilerplate rule files: which of their texts have had every
example and counter-example checked, by the code that checks them now.

Checking the examples of every shipped rule (parsing each pattern for RE2, then matching each
example) is most of what a first run costs before it reads a byte: about 0.2 s, where the whole
start-up aims at a few tenths. The package's tests check them anyway, so the seal
(``cleaner/data/boilerplate-seal.json``) records, for each shipped rule file, the SHA-256 of its
text, and the digest of the modules that decide an example's verdict (the pattern translation,
the rule schema, the matcher and this module). A file under the package's own rules directory
whose text and code match the seal is not checked again when it loads: its patterns and examples
are those the seal vouches for. Everything else is checked as always: a user's rule file, a
shipped file edited in place, a seal written by other code. ``--no-cache`` (``CLEANER_NO_CACHE=1``)
ignores the seal too, so that run derives everything from the files.

The seal is written by ``python -m cleaner.passes.boilerplate.reseal``, which first checks every
example with the cache and the seal off and writes nothing when a rule fails; a test fails when
the shipped seal is not current.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

FORMAT = 1
SEAL_PATH = Path(__file__).resolve().parents[2] / "data" / "boilerplate-seal.json"
# The modules that decide whether a rule's patterns and examples pass (relative to cleaner/).
_CODE = ("pattern.py", "passes/boilerplate/rules.py", "passes/boilerplate/matcher.py", "passes/boilerplate/seal.py")


def _digest(data: bytes) -> str:
    from hashlib import sha256

    return sha256(data).hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    here = Path(__file__).resolve().parents[2]
    parts = []
    for name in _CODE:
        try:
            parts.append(name.encode() + b"\0" + (here / name).read_bytes())
        except OSError:
            return "?"  # (a build without its sources: nothing is sealed)
    return _digest(b"\0\0".join(parts))


@lru_cache(maxsize=1)
def _seal() -> dict[str, str]:
    """File name -> SHA-256 of the text the seal vouches for; empty when the seal is missing,
    malformed or written by other code."""
    try:
        data = json.loads(SEAL_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("code") != code_digest():
        return {}
    files = data.get("files")
    if not isinstance(files, dict):
        return {}
    return {k: v for k, v in files.items() if isinstance(k, str) and isinstance(v, str)}


def sealed(path: Path) -> bool:
    """Whether the rule file at ``path`` is one of the package's own, as the seal vouches for it."""
    from ...cache import disabled
    from ...rulefile import builtin_rules_dir

    if disabled():
        return False
    root = builtin_rules_dir()
    path = Path(path)
    if path.parent.resolve() != root.resolve():
        return False
    want = _seal().get(path.name)
    if want is None:
        return False
    try:
        return _digest(path.read_bytes()) == want
    except OSError:
        return False


def current() -> dict:
    """The seal of the shipped rule files as they are now (not checked: see :mod:`.reseal`)."""
    from ...rulefile import builtin_rules_dir

    root = builtin_rules_dir()
    files = {p.name: _digest(p.read_bytes()) for p in sorted(root.glob("boilerplate*.toml"))}
    return {"format": FORMAT, "code": code_digest(), "files": files}
