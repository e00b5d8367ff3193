"""cleaner.linescorer for the training scripts, loaded from its file without running the
package's ``__init__`` (which imports the whole pipeline and its dependencies): the package is
stood in for by an empty module whose path is ``cleaner/``, so the scorer's own relative imports
(``from .unicode import CJK``) still resolve. Training and inference so read the same features.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_scorer(root: Path = ROOT) -> types.ModuleType:
    """The module ``cleaner.linescorer`` of the repository at ``root``."""
    if "cleaner" not in sys.modules:
        package = types.ModuleType("cleaner")
        package.__path__ = [str(root / "cleaner")]
        sys.modules["cleaner"] = package
    spec = importlib.util.spec_from_file_location("cleaner.linescorer", root / "cleaner" / "linescorer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
