"""cleaner: clean scraped, machine-translated news articles.

    >>> from cleaner import clean
    >>> clean("Alibaba\u00e2\u20ac\u2122s <p>cloud</p>\\n").text
    'Alibaba’s cloud\\n'
"""

from .edits import Edit, replay
from .pipeline import CleanResult, PassError, clean, select_passes
from .rules import RuleSet, RuleSetError, load_rules
from .version import __version__

__all__ = [
    "CleanResult",
    "Edit",
    "PassError",
    "RuleSet",
    "RuleSetError",
    "clean",
    "load_rules",
    "replay",
    "select_passes",
]
