"""Chrome written as sentences, on lines of its own: author bios, newsletter pitches that promise
the inbox, appeals for donations, metered-paywall counters, an agency's standards link, relative
time stamps. The article, its credits and its dateline stay, and so do sentences of the article
that say the same kind of thing."""

from __future__ import annotations

import pytest

from helpers import check_chrome_page, check_line_stays

PAGE = """
- 2 hours ago
+ Published November 20, 2026 at 10:15 a.m. ET
+ The central bank kept its benchmark rate unchanged on Thursday, in line with the expectations of most economists polled last week.
+ Analysts said the decision reflected concern about the currency, which has weakened against the dollar in recent weeks.
- You have 3 free articles left this month.
+ Reporting by Jane Smith; Editing by John Doe
- Perry Bacon Jr. is a senior writer for FiveThirtyEight.
- Get the latest news from Reuters straight to your inbox.
- Support independent journalism. Donate today.
- Our journalism is free for everyone, but we rely on readers like you.
- Our Standards: The Thomson Reuters Trust Principles.
"""


def test_sentence_chrome_goes_and_the_article_and_its_credits_stay():
    check_chrome_page(PAGE)


@pytest.mark.parametrize("line", [
    "Zhang Wei is a senior analyst at Morgan Stanley.",
    "Li Ming is a reporter for Caixin who was detained last week.",
    "Li Ming, a reporter for Caixin, said the report was wrong.",
    "Phishing e-mails land in your inbox every day.",
    "The museum relies on donations from visitors.",
    "Newspapers rely on advertising, the report said.",
    "You have three days left to file your taxes.",
    "Two hours ago, the storm hit the coast.",
    "Our standards are high, the editor said.",
])
def test_sentences_of_an_article_stay(line):
    check_line_stays(line, ("The central bank kept its benchmark rate unchanged on Thursday.",
                            "Analysts said the decision reflected concern about the currency."))
