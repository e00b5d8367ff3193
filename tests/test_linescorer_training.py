"""The training scripts read the line scorer's features from cleaner/linescorer.py itself,
loaded without the rest of the package (whose dependencies the training environment lacks)."""

from __future__ import annotations

import json
import subprocess
import sys

from cleaner import linescorer

from helpers import ROOT

PAGE = [
    "Home | World | Business | Sport",
    "Markets fall as oil climbs",
    "Share prices fell 3% on Monday, as investors weighed the latest figures on inflation and the "
    "central bank's next move, and oil rose for a fourth day.",
    "Analysts said the fall was broad, with banks and retailers among the biggest losers of the day.",
    "",
    "Sign up for our morning newsletter",
    "© 2024 Example News. All rights reserved.",
]

LOAD = """
import json, sys
sys.path.insert(0, sys.argv[1])
from scorer_module import load_scorer
ls = load_scorer()
page = json.loads(sys.argv[2])
idx, rows, hashed, mass = ls.features(page, "en")
print(json.dumps({"pipeline_loaded": "cleaner.pipeline" in sys.modules, "file": ls.__file__,
                  "idx": idx, "rows": rows, "hashed": hashed, "mass": list(mass)}))
"""


def test_the_training_scripts_load_the_scorer_without_the_package():
    done = subprocess.run([sys.executable, "-c", LOAD, str(ROOT / "training"), json.dumps(PAGE)],
                          capture_output=True, text=True, cwd=str(ROOT / "training"), check=False)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert not got["pipeline_loaded"]
    assert got["file"] == str(ROOT / "cleaner" / "linescorer.py")
    idx, rows, hashed, mass = linescorer.features(PAGE, "en")
    assert (got["idx"], got["hashed"], got["mass"]) == (idx, hashed, list(mass))
    assert got["rows"] == json.loads(json.dumps(rows))
