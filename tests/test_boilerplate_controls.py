"""Controls and notices of news pages on lines of their own: a photo gallery's slide buttons,
prompts to log in and comment or to follow the site on a network, an agency's distribution
notice, a read-aloud button. Sentences of an article that use the same words stay."""

from __future__ import annotations

import pytest

from helpers import check_chrome_page, check_line_stays

PAGE = """
+ Floods hit southern China
- Open gallery
- Previous slide
- Next slide
- Zoom in
- Artikel vorlesen
+ Heavy rain flooded parts of Guangdong province on Tuesday, forcing thousands of residents to leave their homes.
+ State media said rescue teams had been sent to the worst-hit districts, where rivers burst their banks overnight.
- Log in to comment
- Like us on Facebook
- Join our WhatsApp channel
- Copyright 2026 The Associated Press. All rights reserved.
- This material may not be published, broadcast, rewritten or redistributed.
"""


def test_page_controls_and_notices_go():
    check_chrome_page(PAGE)


PAGE_DE = """
- Jetzt kostenlos registrieren
+ Hochwasser in Südchina
+ Heftiger Regen hat am Dienstag Teile der Provinz Guangdong überflutet, Tausende Menschen mussten ihre Häuser verlassen.
- Lesen Sie mehr
- Mehr Nachrichten
- Tausende fliehen vor dem Taifun
- Börse in Hongkong schließt im Minus
"""

PAGE_JA = """
+ 中国南部で大雨
+ 広東省で火曜日に大雨が降り、数千人の住民が避難を余儀なくされたと国営メディアが伝えた。
- 本記事の続きは会員登録で読めます
"""


@pytest.mark.parametrize("page", [PAGE_DE, PAGE_JA])
def test_sign_up_prompts_and_related_headings_of_other_languages_go(page):
    check_chrome_page(page)


@pytest.mark.parametrize("line", [
    "Zoom in on the details of the contract, the lawyer advised.",
    "The next slide in his presentation showed the figures for March.",
    "Log in to comment on the draft rules, the regulator told companies.",
    "Join our WhatsApp group, the scammers wrote to their victims.",
    "This material may not be published, broadcast, rewritten or redistributed, the court ruled.",
    "Lesen Sie mehr Bücher, empfiehlt die Kinderärztin in ihrem neuen Ratgeber.",
    "Kostenlos registrieren können sich alle Bürger ab Montag, teilte das Amt mit.",
])
def test_sentences_with_the_same_words_stay(line):
    check_line_stays(line)


@pytest.mark.parametrize("prompt", ["Accedi per commentare", "Inicia sesión para comentar", "Connectez-vous pour commenter",
                                    "Zum Kommentieren anmelden", "Войдите, чтобы оставить комментарий",
                                    "Đăng nhập để bình luận", "登录后发表评论", "ログインしてコメントする"])
def test_log_in_to_comment_prompts_go_in_every_language(prompt):
    check_chrome_page(f"+ Heavy rain flooded parts of Guangdong province on Tuesday, forcing thousands to leave.\n- {prompt}\n")



@pytest.mark.parametrize("button", ["Diesen Artikel teilen", "Artikel verschenken", "Zur Merkliste hinzufügen",
                                    "Mehr zu diesem Thema", "Offrir cet article", "Ajouter à mes favoris",
                                    "Regalar artículo"])
def test_article_buttons_of_german_french_and_spanish_sites_go(button):
    check_chrome_page(f"+ Heavy rain flooded parts of Guangdong province on Tuesday, forcing thousands to leave.\n- {button}\n")
