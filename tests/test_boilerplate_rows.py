"""Chrome the rules know, written another way, above the article's prose or below it: several
buttons joined on one line (a scraper joins a share bar's items with tabs, runs of spaces or
bars), and a related-stories heading with a colon after it. A row goes only when every part of
it is chrome on its own; a table's rows, a sentence with two spaces in it and a line
introducing the article's own list stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from helpers import check_chrome_page

ROWS = """
- Advertisement
+ Apple sales in China rise
- Share on Facebook   Share on Twitter   Email
- Print\tEmail\tShare
+ Apple shares rose 3% after the company reported record iPhone sales in China.
+ The results beat analysts' forecasts for the third quarter in a row, the company said.
+ Sales in Greater China rose 11% to $15 billion, helped by discounts on older models.
- Comments (12)  |  Save article  |  Gift article
- 分享　　收藏　　打印
- Teilen    Drucken    Merken
"""


def test_rows_of_buttons_go():
    check_chrome_page(ROWS)


def test_a_row_is_edited_with_its_own_rule_and_names_its_parts():
    text = "Advertisement\nApple shares rose 3% after the company reported record sales.\nShare  Tweet  Email\n"
    [edit] = [e for e in clean(text, select=["boilerplate"]).edits if e.rule == "button-row"]
    assert text[edit.start:edit.end] == "Share  Tweet  Email\n"
    assert clean(text, select=["boilerplate"]).text == "Apple shares rose 3% after the company reported record sales.\n"
    assert "share-button" in edit.reason and "print-email-link-button" in edit.reason
    assert clean(text, select=["boilerplate"], ignore=["button-row"]).text == text.replace("Advertisement\n", "")


@pytest.mark.parametrize("line", [
    "Share  Tesla cut prices in China again",     # one part is a headline
    "He said no.  Share prices fell on Monday.",   # a sentence typed with two spaces
    "Print  Email  Save  Buy now  Subscribe",      # one part is no rule's line
    "Print this page Email this page",             # no separator a scraper leaves: not split
])
def test_lines_that_are_not_rows_of_chrome_stay(line):
    text = f"{STORY_HEAD}{STORY_TAIL}{line}\n"
    assert clean(text, select=["boilerplate"]).text == text


def test_a_table_whose_cells_look_like_buttons_stays():
    table = ("Engagement on the launch post, by platform:\n"
             "Platform\tShares\tComments\n"
             "Share\tTweet\tEmail\n"
             "Weibo\t1,200\t300\n")
    text = STORY_HEAD + STORY_TAIL + table
    assert clean(text, select=["boilerplate"]).text == text


STORY_HEAD = "BYD said on Tuesday it would open a second car plant in Europe next year, its third abroad.\n"
STORY_TAIL = "The company did not say where the plant would be built, or how many people it would employ.\n"

HEADINGS = """
+ BYD said on Tuesday it would open a second car plant in Europe next year, its third abroad.
+ The company did not say where the plant would be built, or how many people it would employ.
- Lesen Sie auch:
- Chinas Exporte steigen kräftig
- Peking stützt den Immobilienmarkt
- Read more:
- Tesla cuts prices in China again
- Xiaomi's car deliveries top 20,000
- 相关阅读：
- 比亚迪第三季度利润增长
"""


def test_related_headings_with_a_colon_go_with_their_links():
    check_chrome_page(HEADINGS)


def test_a_line_ending_in_a_colon_keeps_the_list_it_introduces():
    text = f"{STORY_HEAD}{STORY_TAIL}The three measures announced on Monday were:\nLower rates\nCheaper mortgages\n"
    assert clean(text, select=["boilerplate"]).text == text


def test_a_related_label_over_the_articles_next_paragraph_goes_alone():
    text = f"{STORY_HEAD}Read more:\n{STORY_TAIL}"
    assert clean(text, select=["boilerplate"]).text == STORY_HEAD + STORY_TAIL


def test_a_heading_with_a_colon_over_the_articles_own_box_stays():
    box = ("Don't miss:\n"
           "Noise-cancelling earbuds\n"
           "Up to 30 hours of battery life\n"
           "\n"
           "Battery life: 30 hours\n"
           "Weight: 5 grams\n")
    text = STORY_HEAD + STORY_TAIL + box
    assert clean(text, select=["boilerplate"]).text == text


TRAILS = """
- Kinh doanh > Doanh nghiệp
- Sina Finance > Stocks > Company News
- 新浪财经 > 股票 > 公司新闻
- Home / News / World
+ BYD's profit jumps 34% as overseas sales surge
+ BYD reported a 34% rise in net profit for 2024 on Tuesday, helped by strong demand for its hybrid cars abroad.
"""


def test_breadcrumb_trails_above_the_article_go():
    check_chrome_page(TRAILS)


@pytest.mark.parametrize("line", [
    "«الكهرباء» تعزز تعاونها مع «هيونداي» وتؤكد سعيها لتوطين الصناعات",  # » as a quotation mark
    "음성인식 → 자연어 이해 → 자연어 응답 → 음성합성",  # the steps of a process
    "(SL-702) / (ML-703) / (ML-703)",  # model numbers in a table
    "2019 > 2018 > 2017",
    "Revenue > costs",  # two parts: an arrow in a sentence's stead
    "Go to Settings > Privacy > Location.",
    "Roses are red / Violets are blue / Sugar is sweet",  # verse
])
def test_lines_with_arrows_that_are_not_trails_stay(line):
    text = f"{line}\n{STORY_HEAD}{STORY_TAIL}"
    assert clean(text, select=["boilerplate"]).text == text


PORTAL_FOOTER = """
+ BYD reported a 34% rise in net profit for 2024 on Tuesday, helped by strong demand for its hybrid cars abroad.
+ Responsible editor: Li Na
- Share to: WeChat Weibo QQ Space
- Massive information, accurate interpretation, all in the Sina Finance APP
"""


def test_a_share_list_under_an_editors_credit_goes_and_the_credit_stays():
    check_chrome_page(PORTAL_FOOTER)


def test_a_credit_in_a_box_of_credits_still_stays():
    box = "Text: Hà Hiền\nPhoto: Nguyễn Minh\nDesign: Lê Hoa\n"
    text = STORY_HEAD + STORY_TAIL + box
    assert clean(text, select=["boilerplate"]).text == text


def test_a_rule_marked_box_value_false_drops_its_line_even_in_a_box(tmp_path):
    from cleaner.rules import RuleSetError, load_rules

    (tmp_path / "boilerplate-credits.toml").write_text(
        '[[rule]]\nid = "photo-credit"\npattern = \'\'\'(?x)photo \\s* : \\s* [^\\n]{1,40}\'\'\'\nscope = "line"\n'
        'box_value = false\nexamples = ["Photo: Nguyễn Minh"]\n', encoding="utf-8")
    box = "Text: Hà Hiền\nPhoto: Nguyễn Minh\nDesign: Lê Hoa\n"
    out = clean(STORY_HEAD + STORY_TAIL + box, select=["boilerplate"], rules=load_rules(tmp_path)).text
    assert out == STORY_HEAD + STORY_TAIL + "Text: Hà Hiền\nDesign: Lê Hoa\n"
    (tmp_path / "boilerplate-credits.toml").write_text(
        '[[rule]]\nid = "photo-credit"\npattern = \'photo\'\nscope = "line"\nbox_value = "no"\nexamples = ["Photo"]\n',
        encoding="utf-8")
    with pytest.raises(RuleSetError, match="box_value"):
        load_rules(tmp_path)


BRACKETED = """
+ トヨタ自動車が12日発表した2024年4～12月期連結決算は、純利益が前年同期比2割増の4兆円となった。
+ ハイブリッド車の販売が北米を中心に伸びた。佐藤恒治社長は記者会見で「電動化の流れは変わらない」と述べた。
- 【関連記事】
- ・日産、ホンダとの統合協議を打ち切り
- ・円相場、一時1ドル＝148円台
- © 毎日新聞社
"""


def test_a_related_heading_in_brackets_goes_with_its_list():
    check_chrome_page(BRACKETED)


def test_a_bracketed_heading_over_a_single_line_stays_with_it():
    text = f"{STORY_HEAD}{STORY_TAIL}【関連記事】\n・日産、ホンダとの統合協議を打ち切り\n"
    assert clean(text, select=["boilerplate"]).text == text


def test_on_a_page_where_no_rule_finds_chrome_nothing_is_read_as_a_row_or_trail():
    """Rows, trails and headings written another way are inferred: they go only on a page where
    the rules found chrome too; a page with none is taken for clean."""
    lines = "Sina Finance > Stocks > Company News\nShare  Tweet  Email\n"
    assert clean(lines + STORY_HEAD + STORY_TAIL, select=["boilerplate"]).text == lines + STORY_HEAD + STORY_TAIL
    with_chrome = lines + STORY_HEAD + STORY_TAIL + "Advertisement\n"
    assert clean(with_chrome, select=["boilerplate"]).text == STORY_HEAD + STORY_TAIL
