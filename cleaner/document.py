"""A document being cleaned, and the facts every pass shares.

Facts (language, script, line-ending style) are computed once, lazily, the first time a pass asks
(language and script from the text as that pass sees it, line endings from the input), so a pass
that needs none of them costs nothing, and no two passes can disagree about them.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from . import lang as _lang
from . import markdown as _markdown
from .lines import NEWLINE_RE, Line, LineFinder, iter_lines, split_lines  # noqa: F401  (re-exported)


class Document:
    """The text as the current pass sees it, plus facts about the original input."""

    def __init__(self, text: str, *, lang: str | None = None, path: str | None = None,
                 options: dict | None = None, ignored_rules: frozenset = frozenset()) -> None:
        self.original = text
        self.options = options or {}
        self.text = text
        self.path = path
        self._forced_lang = lang
        # Rule ids switched off for this run (``--ignore``): a pass may skip the work behind them.
        self.ignored_rules = ignored_rules
        # What earlier passes wrote, stage by stage: each stage's new spans and offset map.
        self._stages: list[tuple[list[tuple[int, int]], Any]] = []
        self._touched: list[tuple[int, int]] = []
        self._touched_at = 0
        self._lines: list[Line] = []
        self._lines_of: str | None = None
        # Facts that modules outside this one derive from the text, kept with the text they came
        # from: {key: (text, value)} (see markdown.keep_outside_markup).
        self.memo: dict[str, tuple[str, Any]] = {}

    # -- facts -------------------------------------------------------------------------------
    @cached_property
    def _detected_script(self) -> str:
        # From the text as the passes that first need it see it: after encoding and markup
        # repair, so that cleaning the output again decides the same way.
        return _lang.detect_script(self._prose)

    @property
    def _prose(self) -> str:
        """The text that language and script are read from: in Markdown, without code, HTML,
        URLs and the other markup (a Chinese tutorial full of English code is Chinese)."""
        return _markdown.prose(self) if self.is_markdown else self.text

    @cached_property
    def lang(self) -> str:
        """Language code: 'en', 'fr', 'zh', 'ja', ... or 'und'. ``--lang`` overrides detection."""
        if self._forced_lang:
            return self._forced_lang.lower().split("-")[0].split("_")[0]
        return _lang.detect_language(self._prose, self._detected_script)

    @cached_property
    def script(self) -> str:
        """Dominant script: 'Latn', 'Cyrl', 'Hans', 'Hant', 'Jpan', 'Kore' or 'Zyyy'."""
        forced = (self._forced_lang or "").lower()
        if forced in ("zh-hant", "zh-tw", "zh-hk", "zh_tw", "zh_hk"):
            return "Hant"
        if forced in ("zh-hans", "zh-cn", "zh_cn"):
            return "Hans"
        return self._detected_script

    @property
    def is_cjk(self) -> bool:
        """Chinese, Japanese or Korean. Known from the script alone (cheap) unless ``--lang`` is given."""
        if self._forced_lang:
            return self.lang in _lang.CJK_LANGS
        return self._detected_script in _lang.SCRIPT_LANGS

    @cached_property
    def newline(self) -> str:
        """The line break the input uses most ('\\n' when it has none)."""
        crlf = self.original.count("\r\n")
        lf = self.original.count("\n") - crlf
        cr = self.original.count("\r") - crlf
        best = max((lf, "\n"), (crlf, "\r\n"), (cr, "\r"), key=lambda t: t[0])
        return best[1] if best[0] else "\n"

    @property
    def is_markdown(self) -> bool:
        return bool(self.path) and str(self.path).lower().endswith((".md", ".markdown"))

    # -- what earlier passes changed ----------------------------------------------------------
    def record(self, mapping) -> None:
        """A stage of edits was applied (``mapping``: an :class:`~cleaner.edits.OffsetMap`)."""
        self._stages.append((mapping.new_spans(), mapping))

    @property
    def touched(self) -> list[tuple[int, int]]:
        """Spans of the current text that earlier passes wrote (start, end), for passes that only
        tidy up after others, such as the whitespace pass. Mapped forward only when asked for."""
        if self._touched_at != len(self._stages):
            spans = list(self._touched)
            for spans_here, mapping in self._stages[self._touched_at:]:
                spans = [(mapping.forward(a), mapping.forward(b)) for a, b in spans] + spans_here
            self._touched, self._touched_at = spans, len(self._stages)
        return self._touched

    @touched.setter
    def touched(self, spans: list[tuple[int, int]]) -> None:
        self._touched, self._touched_at = list(spans), len(self._stages)

    # -- current text ------------------------------------------------------------------------
    def lines(self) -> list[Line]:
        """The current text's lines, computed once per version of the text."""
        if self._lines_of is not self.text:
            self._lines = split_lines(self.text)
            self._lines_of = self.text
        return self._lines

    def forget_lines(self) -> None:
        self._lines, self._lines_of = [], None
