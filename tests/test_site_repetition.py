"""Repetition across a site: lines on many pages of one site go, with a record; an article's own
title, its prose and small sites stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.passes.boilerplate.site import MIN_SITE, SiteIndex, line_key, site_of_url

HEADLINES = [
    "Central bank holds rates steady as inflation cools",
    "Port strike enters its second week",
    "Chipmaker unveils plan for a new factory in Dresden",
    "Drought hits the wheat harvest in the south",
    "City council approves the new tram line",
    "Carmaker recalls electric vans over battery fault",
]
BODY = ("{lower} was confirmed by officials on Monday, who said the decision followed months of talks with "
        "unions, companies and residents, and that more details would be published later this week.")


def page(i: int, extra: str = "") -> str:
    h = HEADLINES[i]
    return (f"Example News\n{h}\n\n{BODY.format(lower=h)}\n{extra}\nSubscribe to our newsletter for daily updates\n"
            f"Most read\n{HEADLINES[(i + 1) % 6]}\n{HEADLINES[(i + 2) % 6]}\nCopyright 2024 Example News Ltd\n")


def site_lines(pages):
    return SiteIndex().add_all(("example.com", p) for p in pages).site("example.com")


def test_lines_on_many_pages_go_and_the_article_keeps_its_title_and_prose():
    pages = [page(i) for i in range(6)]
    site = site_lines(pages)
    for i, text in enumerate(pages):
        result = clean(text, options={"site_lines": site})
        kept = [line for line in result.text.splitlines() if line]
        assert kept == [HEADLINES[i], BODY.format(lower=HEADLINES[i])]
        rules = {e.rule for e in result.edits if e.pass_name == "boilerplate"}
        assert rules == {"site-repetition"}
        assert all("of 6 documents of this site" in e.reason for e in result.edits if e.rule == "site-repetition")
        assert clean(result.text, options={"site_lines": site}).text == result.text


def test_without_the_index_or_with_too_few_pages_nothing_is_removed():
    pages = [page(i) for i in range(6)]
    assert clean(pages[0]).text == clean(pages[0], options={"site_lines": None}).text
    few = SiteIndex().add_all(("example.com", p) for p in pages[:MIN_SITE - 1])
    assert few.site("example.com") is None


def test_a_line_on_few_pages_stays():
    pages = [page(i, extra="Reporting by Anna Schmidt; editing by Tom Lee" if i == 0 else "") for i in range(6)]
    pages += [page(i) for i in range(6)]
    result = clean(pages[0], options={"site_lines": site_lines(pages)})
    assert "Reporting by Anna Schmidt; editing by Tom Lee" in result.text


def test_numbers_are_folded_and_another_site_is_another_index():
    assert line_key("  Page 3 of 12 ") == line_key("Page 4 of 12") != line_key("Page four of 12")
    index = SiteIndex()
    for i in range(6):
        index.add("a.example", page(i))
        index.add("b.example", BODY.format(lower=HEADLINES[i]) + "\n")
    assert index.site("a.example") is not None and index.site("b.example") is None
    assert site_of_url("https://www.example.com/news/1") == "example.com"
    assert site_of_url(None) == site_of_url("not a url") == ""


def test_a_document_made_only_of_repeated_lines_keeps_them_and_reports_them():
    top = "Example News\nSubscribe to our newsletter for daily updates\nMost read\n"
    pages = [f"{h}\n" + top + f"\n{BODY.format(lower=h)}\n" for h in HEADLINES]  # right over every article
    result = clean(top, options={"site_lines": site_lines(pages)})
    assert result.text == clean(top).text  # what the rules remove goes; the repeated lines stay
    assert "Example News" in result.text and "Subscribe to our newsletter" in result.text
    assert "site-repetition" in {f.rule for f in result.findings}


@pytest.mark.parametrize("ignored", ["site-repetition", "boilerplate"])
def test_the_rule_can_be_switched_off(ignored):
    pages = [page(i) for i in range(6)]
    result = clean(pages[0], options={"site_lines": site_lines(pages)}, ignore=[ignored])
    assert "Subscribe to our newsletter for daily updates" in result.text


def test_the_articles_fact_box_and_closing_sentences_stay_though_every_page_has_them():
    facts = "Key facts:\nStart of work: April\nDuration: three years\n"
    closing = "Residents can comment on the plans online until the end of next month, the council said."
    pages = [f"Example News\n{h}\n\n{BODY.format(lower=h)}\n{closing}\n{BODY.format(lower=h)}\n{facts}"
             f"Gazette Plus members read without limits\n" for h in HEADLINES]
    result = clean(pages[0], options={"site_lines": site_lines(pages)})
    assert facts in result.text and closing in result.text
    assert "Gazette Plus" not in result.text and "Example News" not in result.text


def test_a_menu_right_over_every_article_is_no_title():
    menu = "Home\nPolitics\nBusiness\n"
    pages = [f"{menu}{h}\n{BODY.format(lower=h)}\n" for h in HEADLINES]
    result = clean(pages[2], options={"site_lines": site_lines(pages)})
    assert result.text == f"{HEADLINES[2]}\n{BODY.format(lower=HEADLINES[2])}\n"
