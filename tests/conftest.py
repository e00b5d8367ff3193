from __future__ import annotations

import pytest

from helpers import cleaner_executable


@pytest.fixture
def cleaner_cmd() -> list[str]:
    return [cleaner_executable()]
