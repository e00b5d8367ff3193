"""Footer links that are also ordinary headings ("Contact", "Careers", "Help", "Kontakt") go only
next to other footer chrome; alone, between paragraphs, they are the article's own headings."""

from __future__ import annotations

import pytest

from cleaner import clean

PARA1 = ("The company said on Monday that it would hire 2,000 engineers this year, most of them in "
         "its research centres in Shanghai and Shenzhen.")
PARA2 = ("Applicants will be tested on coding and on English, and the first offers are expected to "
         "go out in March, a spokeswoman said.")


@pytest.mark.parametrize("heading", ["Careers", "Contact", "Help", "About", "Customer Service", "Kontakt", "FAQ"])
def test_a_heading_between_paragraphs_stays(heading):
    text = f"{PARA1}\n{heading}\n{PARA2}\n"
    assert clean(text, select=["boilerplate"]).text == text


@pytest.mark.parametrize("heading", ["Careers", "Contact", "Help", "Kontakt"])
def test_the_same_word_in_a_footer_goes(heading):
    text = f"{PARA1}\n{PARA2}\n{heading}\nPrivacy Policy\nTerms of Use\n© 2024 Example Media. All rights reserved.\n"
    assert clean(text, select=["boilerplate"]).text == f"{PARA1}\n{PARA2}\n"
