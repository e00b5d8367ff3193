from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest
from hypothesis import settings

from helpers import cleaner_executable

# The tests never read or write the user's cache of compiled rules: the session (and every
# command it runs) gets a fresh cache directory of its own.
_CACHE_DIR = tempfile.mkdtemp(prefix="cleaner-test-cache-")
os.environ["CLEANER_CACHE_DIR"] = _CACHE_DIR
os.environ.pop("CLEANER_NO_CACHE", None)
atexit.register(shutil.rmtree, _CACHE_DIR, True)

# In CI, property tests are derandomized: the same examples every run, so a red build always
# means a change broke something. Random exploration happens in the bounded fuzz session.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture
def cleaner_cmd() -> list[str]:
    return [cleaner_executable()]
