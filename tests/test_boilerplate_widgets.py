"""The widgets of news pages left in scraped text: what an embedded social post leaves around it,
a comment section's sort bar, feedback boxes, news-tip and notification prompts, an author's
other-stories link, ad and consent labels. The quoted post and its signature (who is quoted),
an author box's heading and bio, and sentences of an article with the same words stay."""

from __future__ import annotations

import pytest

from helpers import check_chrome_page, check_line_stays

PAGE = """
- We care about your privacy
+ Xiaomi opens its first car plant abroad
- Turn on notifications
- Skip advertisement
+ Xiaomi said on Thursday it would build its first car plant outside China in Hungary, with production due to start in 2027.
- View this post on Instagram
+ The company's founder celebrated the decision on social media.
+ Big day for our team in Europe!
+ — Lei Jun (@leijun) March 12, 2026
- pic.twitter.com/AbCdEf123
+ Analysts said the plant would help the carmaker avoid European tariffs on electric cars made in China.
- Advertisement - Continue Reading Below
- Was this article helpful?
- Thanks for your feedback!
- Got a news tip?
- See all stories by Jane Doe
- Newest | Oldest | Most voted
+ About the author
+ Jane Doe covers the car industry from Shanghai, where she has lived since 2015, and writes about batteries.
"""


def test_page_widgets_go_and_the_quoted_post_and_author_box_stay():
    check_chrome_page(PAGE)


@pytest.mark.parametrize("line", [
    "A post shared by the minister on Monday drew criticism.",
    "Got a news tip? That is how the scandal first surfaced, he said.",
    "Enable notifications for the elderly, the ministry ordered.",
    "Newest models sold out within hours of the launch.",
    "Was this article helpful to the defence? The judge thought not.",
    "Must read the fine print, the regulator warned investors.",
    "We value your privacy, the bank told customers after the breach.",
])
def test_sentences_with_the_same_words_stay(line):
    check_line_stays(line)


@pytest.mark.parametrize("line", ["War dieser Artikel hilfreich?", "Cet article vous a-t-il été utile ?",
                                  "¿Te ha resultado útil este artículo?", "这篇文章对你有帮助吗？",
                                  "この記事はいかがでしたか？", "記事に関する報告", "コメント 123件",
                                  'Share, like, and click "Watching"', "分享、点赞、在看", "Gửi bài viết lên Facebook",
                                  "제보는 카카오톡 okjebo <저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
                                  "Vous avez choisi de refuser le dépôt de cookies, vous pouvez à tout moment modifier votre choix.",
                                  "Réutiliser ce contenu", "Reuse this content", "Archivado en:"])
def test_feedback_boxes_and_comment_counts_of_other_languages_go(line):
    check_chrome_page(f"+ Heavy rain flooded parts of Guangdong province on Tuesday, forcing thousands to leave.\n- {line}\n")


WIRE_PAGE = """
+ India's central bank cut its key rate by 25 basis points on Wednesday, its first cut in nearly five years.
+ Reporting by Jane Doe; Editing by John Smith
- Purchase Licensing Rights, opens new tab
- Suggested Topics:
- This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.
- Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint.
- Download The Mint News App to get Daily Market Updates.
- The Reuters Daily Briefing newsletter provides all the news you need to start your day. Sign up here.
- Most Read from Bloomberg
"""


def test_wire_notices_and_a_sites_promotion_of_itself_go_and_the_credits_stay():
    check_chrome_page(WIRE_PAGE)


@pytest.mark.parametrize("line", [
    "Catch all the fish you can, the minister told the fishermen, and sell them on the market.",
    "Download the government's app to get a health code, residents were told.",
    "The central bank's newsletter provides guidance to lenders every month.",
    "More from the government is needed, the mayor said.",
    "The article only represents the views of the author, the court said.",
])
def test_sentences_like_a_sites_promotion_stay(line):
    check_line_stays(line)


PORTAL_PAGE = """
+ Huawei on Tuesday unveiled its latest Ascend AI chip, which it says matches Nvidia's H100 on several benchmarks.
- View original image
+ The company said the chip would be shipped to customers in the second quarter, as firms look for alternatives.
- This article is an original article of Tech Observer, please indicate the source when reprinting.
- The article only represents the views of the author and does not represent the position of this site.
- Follow the official account and reply "AI" to get the full report.
- Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.
"""


def test_translated_portal_notices_go():
    check_chrome_page(PORTAL_PAGE)


READER_PROMPTS = """
+ Apple shares rose 3% after the company reported record iPhone sales in China, beating analysts' forecasts.
- Listen · 5:32 min
- Give this article
- Sign up for The Morning newsletter from the New York Times
- Get the best of The Economist in your inbox
- Want to read more? Subscribe now.
- Start your free trial
- Cancel anytime.
- Continue with Google
- By registering, you agree to our Terms of Use and Privacy Policy.
- As a subscriber, you have 10 gift articles to give each month.
- Add The New York Times on Google
- Thank you for reading.
"""


def test_a_sites_prompts_to_its_reader_go():
    check_chrome_page(READER_PROMPTS)


@pytest.mark.parametrize("line", [
    "Thanks for reading the report so carefully, the minister told lawmakers.",
    "Start your free trial of the new drug, doctors said.",
    "Cancel anytime, the airline promised its customers in a statement.",
])
def test_sentences_like_a_sites_prompts_stay(line):
    check_line_stays(line)


RELATED_TAIL = """
+ Apple shares rose 3% after the company reported record iPhone sales in China, beating analysts' forecasts by a wide margin on Thursday.
- More on China
- Tesla cuts prices in China again
- Xiaomi's car deliveries top 20,000
- From Our Partners
- Paid Partner Content
"""


def test_more_on_lists_and_partner_content_at_the_end_go():
    check_chrome_page(RELATED_TAIL)


def test_a_more_on_heading_over_the_articles_next_paragraph_goes_alone_and_the_paragraph_stays():
    from cleaner import clean
    head = "Apple shares rose 3% after the company reported record iPhone sales in China, beating forecasts.\n"
    tail = ("Sales in Greater China rose 11% to $15 billion, helped by discounts on older models and by the "
            "government's subsidies for phones that cost less than 6,000 yuan, the company said on Thursday.\n")
    assert clean(head + "More on China\n" + tail, select=["boilerplate"]).text == head + tail
