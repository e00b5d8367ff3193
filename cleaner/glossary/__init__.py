"""The concept table behind the cjk_glossary pass: one entry per Chinese term and sense, with
renderings in English, German and French that carry their grammar (see rules/glossary/README.md).

- :mod:`.forms`: the renderings and their word forms (plural, verb forms, German declension,
  French gender and elision), parsed from the compact notation of the table.
- :mod:`.slots`: reading the slot around a term in running text and choosing the form.
- :mod:`.senses`: choosing a sense from weighted cues near the term, with a margin.
"""
