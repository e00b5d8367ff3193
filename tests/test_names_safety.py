"""Names tables can never make text worse or grow it run after run, and stay cheap on big input."""

from __future__ import annotations

import dataclasses
import re

import pytest

from cleaner import clean, load_rules
from cleaner.rules import RuleSetError
from cleaner.trie import trie_pattern


def test_trie_of_a_very_long_string_does_not_recurse_per_character():
    pattern = trie_pattern(["a" * 3000, "a" * 2999 + "b"])
    assert re.fullmatch(pattern, "a" * 2999 + "b")
