"""The boilerplate pass must not delete content from clean text.

Structured content at the head or tail of an article (an infobox, a spec table, a list under a
heading, a data table's labels, a list of winners) looks like a menu: short lines outside the
prose. It stays, and edge-chrome reports a finding instead. Rules that matched lines carrying
information (a camera model, a writer's byline, a source, a value in a spec box, a section
heading) are narrowed. Real chrome is still removed.

The texts are short phrases written for these tests in the style of real articles.
"""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.edits import DISPLAY_ONLY

NZ = ("New Zealand's prime minister Jacinda Ardern said on Tuesday that the government in Wellington "
      "would review the country's gun laws after the attack, and that the cabinet had agreed in principle.")
PHONE = ("新しいスマートフォンは防水とおサイフケータイに対応し、ワンセグやテザリングも使える。"
         "価格は未定で、発売は夏の予定だと同社は説明している。本体色は三色を用意する。")
PRIZE = ("The jury of the national young writers' prize announced this year's winners on Friday evening in "
         "Lyon, praising the range of the stories submitted by more than four hundred students.")
EARNINGS = ("The group reported higher revenue and operating profit for the year, while net profit fell "
            "because of a one-off charge; the board proposed an unchanged dividend.")
EN_BODY = ("Alibaba said on Monday that revenue from its cloud unit rose 26 percent in the quarter, helped "
           "by strong demand for AI services from companies across Asia and Europe.")


def boilerplate(text: str):
    return clean(text, select=["boilerplate"])


def assert_unchanged(text: str):
    result = boilerplate(text)
    assert result.text == text, [(e.rule, e.before) for e in result.edits]
    return result


def kept_as_finding(result, rule: str = "edge-chrome") -> bool:
    return any(f.rule == rule and f.safety == DISPLAY_ONLY for f in result.findings)


# -- edge-chrome: structured content at the head or tail stays ----------------------------------
def test_infobox_at_the_head_survives():
    text = ("New Zealand\n• Prime Minister\nJacinda Ardern\n• Governor-General\nPatsy Reddy\n• Capital\n"
            f"Wellington\n\n{NZ}\n")
    result = assert_unchanged(text)
    assert kept_as_finding(result)


def test_spec_table_at_the_tail_survives():
    text = f"{PHONE}\n\n防水 IPX5\nおサイフケータイ ◯\nワンセグ ◯\nGSM ◯\n赤外線 ◯\nおくだけ充電 -\n本体色\nWHITE\nBLACK\n"
    assert_unchanged(text)


def test_feature_list_without_marks_survives():
    text = f"{PHONE}\n\n対応機能\nワンセグ\nおサイフケータイ\n赤外線通信\n防水\n防塵\n"
    assert_unchanged(text)


def test_list_under_a_heading_survives():
    text = f"{NZ}\n\nSee also\nGun laws in New Zealand\nChristchurch\nArms Act\nCabinet of New Zealand\nWellington\n"
    assert_unchanged(text)
    bullets = f"{PHONE}\n\n■撮影機材\n・三脚\n・ライト\n・モニター\n・マイク\n・バッテリー\n"
    assert_unchanged(bullets)


def test_items_of_a_list_under_a_heading_stay_when_chrome_follows_them():
    """The chrome below a list (a related-stories box, a footer) is no evidence against the list's
    last items: the heading two items up makes them a list."""
    body = ("Der Stadtrat hat am Donnerstagabend beschlossen, bis zum Jahr 2027 rund zwölf Kilometer neue "
            "Radwege in der Innenstadt zu bauen, die ersten Abschnitte sollen im Herbst fertig sein.")
    text = (f"{body}\nDie geplanten Abschnitte:\nRingstraße zwischen Bahnhof und Markt\nUferweg entlang der Saale\n"
            "Verbindung zur Universität\nMehr zum Thema\nNeue Buslinie soll Pendler entlasten\nParkgebühren steigen ab "
            "Januar\nImpressum\nDatenschutz\nKontakt\n")
    out = boilerplate(text).text
    assert "Uferweg entlang der Saale\nVerbindung zur Universität\n" in out
    assert "Impressum" not in out


def test_data_table_labels_survive():
    text = f"{EARNINGS}\n\nKey figures\nRevenue\nOperating profit\nNet profit\nDividend per share\n2024\n1,204\n310\n95\n"
    assert_unchanged(text)


def test_winners_list_at_the_tail_survives():
    text = f"{PRIZE}\n\nWinners\nAnna Lindqvist\nTomás Herrera\nMei Tanaka\nOluwaseun Adeyemi\nJules Martin\n"
    result = assert_unchanged(text)
    assert kept_as_finding(result)


def test_fact_check_verdict_survives():
    text = (f"{NZ}\n\nClaim\nThe cabinet banned all rifles\nRating\nUnproven\nChecked by\nThe news desk\n")
    assert_unchanged(text)


def test_recipe_headline_block_survives():
    body = ("Blind-bake the pastry, then whisk the eggs, sugar, lemon juice and cream together and pour "
            "the filling into the warm tart case before baking it slowly until just set.")
    text = f"Lemon tart\nEasy\nVegetarian\nMakes one tart\nBy Clara Holt\n\n{body}\n"
    assert_unchanged(text)


def test_menu_items_that_share_words_with_the_article_stay():
    text = f"{EN_BODY}\nTags\nAsia news\nCloud deals\nMore videos\nTop picks\n"
    result = boilerplate(text)
    assert "Cloud deals" in result.text and "Asia news" in result.text
    assert "Tags" not in result.text.splitlines()  # a rule's line still goes


# -- edge-chrome: real menus are still removed ---------------------------------------------------
@pytest.mark.parametrize("menu", [
    "Home\nNews\nSport\nWeather\nPodcasts\nMore sections\n",
    "Startseite\nNachrichten\nPolitik\nWirtschaft\nKultur\n",
    "Accueil\nActualités\nPolitique\nÉconomie\nSociété\n",
    "Trang chủ\nThời sự\nThế giới\nKinh doanh\nGiải trí\n",
    "首页\n新闻\n财经\n科技\n体育\n",
    "ホーム\nニュース\n国内\n国際\nスポーツ\n",
])
def test_site_menu_at_the_head_is_removed(menu):
    text = f"{menu}{EN_BODY}\n"
    assert boilerplate(text).text == f"{EN_BODY}\n"


def test_a_long_menu_of_the_site_s_own_sections_is_removed():
    # eight short lines or more, two of them known menu items: a menu by its shape, though most
    # of its items are the site's own names
    menu = "Home\nApple Car\nApple Stores\niMac Pro\niPad Pro\nApple Deals\nCarPlay\nSearch\n"
    assert boilerplate(f"{menu}{EN_BODY}\n").text == f"{EN_BODY}\n"
    footer = "Blogroll\nWordPress.com\nWordPress.org\nRSS Feed\nIklan\nKebijakan\nArsip\nTentang\nHome\n"
    assert boilerplate(f"{EN_BODY}\n{footer}").text == f"{EN_BODY}\n"


def test_a_long_list_of_names_without_menu_items_stays():
    names = "".join(f"{n}\n" for n in ("Anna Lindqvist", "Tomás Herrera", "Mei Tanaka", "Oluwaseun Adeyemi",
                                        "Jules Martin", "Priya Natarajan", "Lukas Brenner", "Sofia Rossi", "Kenji Mori"))
    assert_unchanged(f"{PRIZE}\n\n{names}")


def test_a_long_run_with_menu_items_under_a_heading_stays():
    items = "Politics\nBusiness\nGrenoble\nAnnecy\nChambéry\nValence\nVienne\nBourg-en-Bresse\nDijon\n"
    assert_unchanged(f"{EN_BODY}\n\nThe new offices are in these towns:\n{items}")
    # the heading is what keeps it: the same run without one is a menu
    assert boilerplate(f"{EN_BODY}\n\n{items}").text.rstrip("\n") == EN_BODY


def test_site_footer_menu_at_the_tail_is_removed():
    text = f"{EN_BODY}\nAbout us\nContact us\nPrivacy policy\nTerms of use\nCareers\nAdvertise\n"
    assert boilerplate(text).text == f"{EN_BODY}\n"


# -- rules that matched lines carrying information -----------------------------------------------
APP = "このアプリは数字をつないで遊ぶパズルゲームで、ヒントを使えば初心者でも最後まで楽しめる。広告は表示されない。"
VI_BODY = ("Đội tuyển đã giành chiến thắng thuyết phục trong trận đấu tối qua, qua đó củng cố vị trí dẫn "
           "đầu bảng xếp hạng trước vòng đấu cuối cùng của mùa giải.")
DE_BODY = ("Die Stadt will bis zum Sommer zwei neue Radwege bauen lassen, teilte der Bürgermeister am "
           "Montag mit; die Kosten trägt zum größten Teil das Land.")


@pytest.mark.parametrize("text,line", [
    # ja: the category of an app, in its spec box
    (f"{APP}\n\nアプリ名：ナンバーパズル\nカテゴリ：ゲーム\n価格：無料\n", "カテゴリ：ゲーム"),
    # ja: the camera of a contest entry
    (f"{APP}\n\n山田一郎さん（東京都）\n撮影／ソニー HDR-CX 680\n編集／プレミアプロ\n", "撮影／ソニー HDR-CX 680"),
    (f"{APP}\n\n撮影／キヤノン EOS 5D、ニコン D750\n", "撮影／キヤノン EOS 5D、ニコン D750"),
    # ja: a writer's byline next to the photographer's
    (f"{APP}\n\n（写真：佐藤花子　取材・文：田中美穂）\n", "（写真：佐藤花子　取材・文：田中美穂）"),
    (f"{APP}\n\n（イラスト：山本みどり、取材・文：鈴木二郎）\n", "（イラスト：山本みどり、取材・文：鈴木二郎）"),
    # vi: the source of a story
    (f"{VI_BODY}\nMinh Anh\nTheo BBC/ AFP\n", "Theo BBC/ AFP"),
    (f"{VI_BODY}\nTheo Reuters/ Xinhua\n", "Theo Reuters/ Xinhua"),
    # vi: the theme of a contest, between paragraphs
    (f"{VI_BODY}\nChủ đề: Phụ nữ Việt Nam bản lĩnh\n{VI_BODY}\n", "Chủ đề: Phụ nữ Việt Nam bản lĩnh"),
    # vi: the credits of a long-form story
    (f"{VI_BODY}\nBài viết: Hà An\nẢnh: Minh Khoa\nThiết kế: Lan Chi\n", "Ảnh: Minh Khoa"),
    # de: a writer's byline
    (f"{DE_BODY}\nText und Fotos: Anna Berg\n", "Text und Fotos: Anna Berg"),
    # en: an AP-style section heading over the next stories
    (f"{EN_BODY}\nUP NEXT\n{EN_BODY}\n", "UP NEXT"),
    # ja: a film's copyright in its data box
    (f"{APP}\n\n配給：CJ Entertainment Japan\nレイティング：PG-12\n(c)2011 CJ E&M CORPORATION, ALL RIGHTS RESERVED\n",
     "(c)2011 CJ E&M CORPORATION, ALL RIGHTS RESERVED"),
])
def test_lines_carrying_information_stay(text, line):
    result = boilerplate(text)
    assert line in result.text.splitlines(), [(e.rule, e.before) for e in result.edits]


def test_a_credit_in_a_box_of_credits_stays_and_is_reported():
    text = f"{VI_BODY}\nBài viết: Hà An\nẢnh: Minh Khoa\nThiết kế: Lan Chi\n"
    result = boilerplate(text)
    assert result.text == text
    assert kept_as_finding(result, "photo-credit")


# -- the same rules still remove real chrome -----------------------------------------------------
@pytest.mark.parametrize("text,line", [
    (f"{VI_BODY}\n(Ảnh: Reuters)\n{VI_BODY}\n", "(Ảnh: Reuters)"),
    (f"{VI_BODY}\nMinh Anh\nẢnh: Reuters, AFP\n", "Ảnh: Reuters, AFP"),
    (f"{EN_BODY}\nPhoto: AFP/Getty Images\n{EN_BODY}\n", "Photo: AFP/Getty Images"),
    (f"{EN_BODY}\nKevin Frayer/Getty Images\n{EN_BODY}\n", "Kevin Frayer/Getty Images"),
    (f"{DE_BODY}\nFoto: dpa\n{DE_BODY}\n", "Foto: dpa"),
    (f"{APP}\n写真：ロイター\n{APP}\n", "写真：ロイター"),
    (f"{EN_BODY}\nTags: Alibaba, AI, cloud\nCategory: Technology\n", "Category: Technology"),
    (f"{EN_BODY}\nCategory: Technology\nShare\n", "Category: Technology"),
    (f"{EN_BODY}\nPlay\nUp next\n2:45\n{EN_BODY}\n", "Up next"),
    (f"{APP}\n\n編集部：山田太郎\n制作編集：エヌプラス\nCopyright 2012 livedoor. All rights reserved.\n",
     "Copyright 2012 livedoor. All rights reserved."),
])
def test_real_chrome_is_still_removed(text, line):
    result = boilerplate(text)
    assert line not in result.text.splitlines()


@pytest.mark.parametrize("line", ["ما الذي يعنيه القرار للمستثمرين؟", "یہ فیصلہ سرمایہ کاروں کے لیے اہم ہے۔"])
def test_a_line_ending_in_an_arabic_script_question_mark_or_full_stop_is_a_sentence(line):
    # a sentence is never a menu item, so a question closing an article is not edge chrome
    from cleaner.passes.boilerplate.layout import _menu_like, _sentenceish

    assert _sentenceish(line) and not _menu_like(line)
