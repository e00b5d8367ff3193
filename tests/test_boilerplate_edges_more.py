"""Chrome that stayed in one place or one language only:

- a paywall notice (a ``tail`` rule) above the article goes on its own, the article below it
  stays; at the end it still cuts what follows;
- a Chinese related-stories or ranking heading (``相关阅读``, ``热门排行``) takes the short
  headlines under it when nothing but the end of the text follows them; with the article going
  on after them, the heading goes alone;
- links to report an error in eight languages, "expand the full text" and "read this article"
  prompts, an Arabic comment count, Russian and Vietnamese footer rows, share buttons glued
  into one line, comment links and widget credits; a quoted "No comment." stays."""

from __future__ import annotations

import pytest

from cleaner import clean
from helpers import check_chrome_page, check_line_stays

ZH = ("中央银行周四宣布维持基准利率不变，称通胀虽有所缓和，但已连续第三年高于目标水平。"
      "分析人士认为，央行可能在下个季度进一步放松货币政策，以支持经济增长。")
EN = ("The port authority said on Tuesday that cargo volumes rose by a fifth in the first half, "
      "helped by new routes to Southeast Asia.")


@pytest.mark.parametrize("notice", ["This article is for subscribers only.", "Subscribe to continue reading"])
def test_a_paywall_notice_above_the_article_goes_alone(notice):
    check_chrome_page(f"- {notice}\n+ {EN}\n+ {EN.replace('Tuesday', 'Wednesday')}\n")


def test_a_paywall_notice_at_the_end_still_cuts_what_follows():
    text = f"{EN}\nSubscribe to continue reading\nAlready a subscriber? Sign in\nPlans from $1 a week\n"
    assert clean(text, select=["boilerplate"]).text == f"{EN}\n"


@pytest.mark.parametrize("heading", ["相关阅读", "热门排行", "新闻排行榜"])
def test_a_chinese_related_list_at_the_end_goes_with_its_heading(heading):
    check_chrome_page(f"+ {ZH}\n- {heading}\n- 港口货运量上半年增长两成\n- 新航线连接东南亚\n")


@pytest.mark.parametrize("lang, heading, items", [
    ("fr", "À voir également", ("La BCE baisse ses taux", "Le CAC 40 termine en hausse")),
    ("vi", "Xem thêm:", ("Ngân hàng giữ lãi suất", "VN-Index tăng điểm")),
])
def test_related_headings_at_the_end_take_their_list(lang, heading, items):
    check_chrome_page(f"+ {EN}\n- {heading}\n- {items[0]}\n- {items[1]}\n")


def test_a_chinese_related_heading_with_the_article_after_its_lines_goes_alone():
    text = f"{ZH}\n\n相关阅读\n港口货运量上半年增长两成\n新航线连接东南亚\n\n{ZH}\n"
    out = clean(text, select=["boilerplate"]).text
    assert "相关阅读" not in out
    assert "港口货运量上半年增长两成\n新航线连接东南亚" in out and out.count(ZH) == 2


@pytest.mark.parametrize("lang, line", [
    ("en", "Report an error"), ("en", "Spotted a typo?"), ("de", "Fehler melden"), ("fr", "Signaler une erreur"),
    ("es", "Reportar un error"), ("it", "Segnala un errore"), ("ru", "Сообщить об ошибке"), ("vi", "Báo lỗi"),
    ("zh", "我要纠错"), ("zh", "点击展开全文"), ("ja", "この記事を読む"), ("ar", "12 تعليقا"),
    ("ru", "О нас | Контакты | Политика конфиденциальности"), ("vi", "Giới thiệu | Liên hệ | Chính sách bảo mật"),
    ("en", "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest"),
    ("en", "Share to TwitterShare to Facebook"), ("en", "Share this story About sharing"), ("en", "No comments:"),
    ("en", "View comments941"), ("en", "Around The Web Powered By ZergNet"), ("en", "Recommended by Outbrain"),
    ("ja", "この記事についてのコメント"), ("ja", "記事を印刷する"), ("ko", "글자크기 설정"), ("ko", "SNS 공유하기"),
    ("zh", "打开网易新闻 查看精彩图片"), ("zh", "更多精彩内容请关注公众号"), ("zh", "看更多相關新聞"),
    ("zh", "不用抽 不用搶 現在用APP看新聞 保證天天中獎"),
    ("en", "Open navigation menu"), ("en", "Our journalism needs your support."), ("de", "Zur Merkliste"),
])
def test_more_chrome_lines_go(lang, line):
    check_chrome_page(f"+ {EN if lang not in ('zh', 'ja') else ZH}\n- {line}\n")


@pytest.mark.parametrize("line", [
    "Report an error in the census data to the statistics office, the ministry said.",
    "Fehler melden die Behörden erst spät, kritisiert der Verband.",
    "纠错机制已经建立。",
    "Giới thiệu",
    "Контакты",
    "No comment.",
    "更多精彩内容将在明年推出。",
    "Our journalism needs your support, the editor wrote in a letter to readers.",
    "No comments were made by the ministry.",
])
def test_sentences_and_headings_with_those_words_stay(line):
    check_line_stays(line)
