"""Write the seal of the shipped boilerplate rule files (see :mod:`.seal`), after checking every
rule from scratch: ``python -m cleaner.passes.boilerplate.reseal``."""

from __future__ import annotations

import json

from . import seal


def write() -> int:
    """Check every shipped rule with the cache and the seal off, then write the seal; 1 (and
    nothing written) when a rule fails."""
    from ... import cache
    from ...rulefile import RuleSetError
    from ...rules import load_rules

    cache.disable()
    try:
        load_rules()
    except RuleSetError as exc:
        print(f"not sealed: {exc}")
        return 1
    sealed = seal.current()
    seal.SEAL_PATH.write_text(json.dumps(sealed, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    seal._seal.cache_clear()
    print(f"sealed {len(sealed['files'])} rule files in {seal.SEAL_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(write())
