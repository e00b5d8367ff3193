"""The README's code: every Python block that is a complete program runs, as a script, in a fresh
interpreter (a block is a complete program when it runs its work under ``if __name__ ==
"__main__":``, as any script that starts worker processes must)."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys

import pytest
from helpers import ROOT

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
PROGRAMS = [b for b in BLOCKS if 'if __name__ == "__main__":' in b]


def test_the_readme_has_complete_programs():
    assert PROGRAMS, "no README block runs under __main__; the datatrove example must"


@pytest.mark.slow
@pytest.mark.parametrize("program", PROGRAMS, ids=[f"block{i}" for i in range(len(PROGRAMS))])
def test_readme_program_runs_as_a_script(tmp_path, program):
    pytest.importorskip("datatrove")
    (tmp_path / "raw").mkdir()
    records = [{"id": str(i), "text": f"Alibaba\u00e2\u20ac\u2122s cloud grew {i}.   \nComments (3)\n"} for i in range(6)]
    (tmp_path / "raw" / "part.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    script = tmp_path / "clean_corpus.py"
    script.write_text(program, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    written = sorted((tmp_path / "clean").rglob("*.jsonl*"))
    assert written, proc.stderr[-3000:]
    texts = []
    for path in written:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh]
    assert sorted(texts) == sorted(f"Alibaba’s cloud grew {i}.\n" for i in range(6))
