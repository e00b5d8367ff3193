"""A datatrove pipeline step that runs the cleaner, for corpora too big for one machine.

    from datatrove.executor import LocalPipelineExecutor      # or SlurmPipelineExecutor, RayPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.datatrove import CleanerFormatter

    LocalPipelineExecutor(
        pipeline=[JsonlReader("raw/"), CleanerFormatter(rules=["house-rules"]), JsonlWriter("clean/")],
        tasks=64,
    ).run()

Each document's text goes through the same pipeline as ``cleaner clean``; the edits are kept in
``doc.metadata["cleaner_edits"]`` (unless ``record_edits=False``) and counted per rule id in the
step's statistics. Install with ``pip install 'cleaner[datatrove]'``.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.formatters.base import BaseFormatter
from datatrove.utils.typeshelper import StatHints

from .pipeline import clean
from .rules import RuleSet, default_rules, load_rules


class CleanerFormatter(BaseFormatter):
    name = "🧹 cleaner"

    def __init__(
        self,
        rules: Sequence[str] = (),
        lang: str | None = None,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] = (),
        record_edits: bool = True,
        line_scorer: bool = False,
    ) -> None:
        super().__init__()
        self.rule_dirs = tuple(rules)
        self.lang = lang
        self.select = tuple(select) if select else None
        self.ignore = tuple(ignore)
        self.record_edits = record_edits
        self.line_scorer = line_scorer
        self._rules: RuleSet | None = None

    def __getstate__(self):  # executors pickle steps; rules load again in each worker
        state = self.__dict__.copy()
        state["_rules"] = None
        return state

    @property
    def ruleset(self) -> RuleSet:
        if self._rules is None:
            self._rules = load_rules(*self.rule_dirs) if self.rule_dirs else default_rules()
        return self._rules

    def _clean(self, text: str):
        return clean(text, lang=self.lang, rules=self.ruleset, select=self.select, ignore=self.ignore,
                     options={"line_scorer": self.line_scorer})

    def format(self, text: str) -> str:
        return self._clean(text).text

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                result = self._clean(doc.text)
            if result.changed:
                self.stat_update("changed")
            for rule, count in result.counts().items():
                self.stat_update(rule, value=count)
            doc.text = result.text
            if self.record_edits:
                doc.metadata["cleaner_edits"] = [e.as_record() for e in result.edits]
            yield doc
