from __future__ import annotations

import os

import pytest
from hypothesis import settings

from helpers import cleaner_executable

# In CI, property tests are derandomized: the same examples every run, so a red build always
# means a change broke something. Random exploration happens in the bounded fuzz session.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture
def cleaner_cmd() -> list[str]:
    return [cleaner_executable()]
