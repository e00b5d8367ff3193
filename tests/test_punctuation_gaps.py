"""Spaces before punctuation that are not machine translation's: the gaps of stripped elements
and the cells of a table. Examples modelled on real pages (Wikipedia articles on mathematics whose
formulas were lost in extraction, a game's changelog table)."""

from __future__ import annotations

from cleaner import clean
from cleaner.edits import DISPLAY_ONLY

MATH = (
    "An eigenvector of a linear map is a nonzero vector that the map only scales.\n"
    "Other, equivalent notations in common use are , although note that in physics the convention differs.\n"
    "Proof: If , then , so the two eigenvalues coincide as claimed.\n"
    "Here the scalar denotes the complex number , called the imaginary unit of the field.\n"
    "The eigenvalues lie on the diagonal of the diagonal matrix .\n"
)

MT = (
    "Alibaba is building infrastructure and platforms for the digital economy ?\n"
    "The model connects humans and the digital world .\n"
    "It offers reasoning ability, text, image, video , or code generation to developers.\n"
)


def test_gaps_after_words_that_leave_a_clause_open_are_never_edited():
    result = clean(MATH, select=["punctuation"])
    assert result.text == MATH


def test_in_a_document_with_stripped_elements_other_gaps_are_findings_not_edits():
    result = clean(MATH, select=["punctuation"])
    assert result.edits == []
    findings = [e for e in result.findings if e.rule == "space-before-punctuation"]
    # "number , called" and "matrix ." follow nouns: reported, not applied.
    assert len(findings) == 2 and all(e.safety == DISPLAY_ONLY for e in findings)
    assert all("stripped" in e.reason for e in findings)


def test_machine_translation_spacing_is_still_fixed():
    result = clean(MT, select=["punctuation"])
    assert result.text == MT.replace(" ?", "?").replace(" .", ".").replace(" ,", ",")


def test_one_open_clause_gap_does_not_stop_the_other_fixes():
    text = MT + "The value of , as reported, rose sharply last year in the region.\n"
    result = clean(text, select=["punctuation"])
    assert "economy?" in result.text and "The value of , as reported" in result.text


def test_a_question_mark_in_a_table_cell_stays():
    table = (
        "Feature Owner\n"
        "Blueprint library kovarex\n"
        "Chat icon selector ?\n"
        "New game ?\n"
        "Main screen chat ?\n"
    )
    assert clean(table, select=["punctuation"]).text == table


def test_a_long_sentence_ending_with_a_spaced_question_mark_is_fixed():
    text = "What will the company do with all the money it has raised this year ?\n"
    assert clean(text, select=["punctuation"]).text == text.replace(" ?", "?")
