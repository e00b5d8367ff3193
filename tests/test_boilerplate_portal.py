"""Chinese news portals' chrome, scraped as it is and as machine translation renders it: share-to
lists, "back to Sohu" and open-the-app prompts, disclaimers and infringement notices,
reprint notices, font-size controls, "(End)". The article, its byline, its source line and its
editor credits stay."""

from __future__ import annotations

import pytest

from cleaner import clean

from helpers import check_chrome_page, check_line_stays

TRANSLATED = """
- Share to: WeChat Weibo QQ Space
- Font size: Large Medium Small
+ BYD to open second European plant as tariffs bite
+ Source: Caixin
+ Reporter Li Ming
+ BYD said on Tuesday it would open a second car plant in Europe next year, as the European Union's tariffs on Chinese electric vehicles raise the cost of shipping cars from China.
+ The company did not say where the plant would be built, but people familiar with the matter said Turkey and Spain were on the shortlist, and a decision was expected before the end of the year.
- (End)
+ Editor: Zhang San Proofreader: Li Si
+ Responsible editor: Wang Xiaoming
- Disclaimer: This article represents only the author's personal views and does not constitute investment advice.
- Copyright notice: This article is original, please indicate the source when reprinting.
- Some content of this article comes from the Internet. If there is any infringement, please contact us to delete it.
- Back to Sohu, view more
- Open the app to read the full text
"""

SCRAPED = """
- 分享到：微信 微博 QQ空间
- 【字体：大 中 小】
+ 比亚迪将在欧洲建设第二座工厂
+ 来源：财新网
+ 记者 李明
+ 比亚迪周二表示，公司明年将在欧洲开设第二家汽车工厂，欧盟对中国电动汽车加征的关税推高了从中国运车的成本。
+ 公司没有透露工厂选址，但知情人士称，土耳其和西班牙在候选名单上，预计年底前作出决定。
- （完）
+ 责任编辑：王小明 校对：刘芳
- 特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。
- 版权声明：本文为原创文章，转载请注明出处。
- 本文部分内容来源于网络，如有侵权请联系删除。
- 返回搜狐，查看更多
- 打开APP阅读全文
- 【打印】【关闭】
"""


# The tail of a financial self-media post: navigation to the neighbouring posts, the risk warning
# every such post carries, the prompts of the reading app. Its credits stay.
FINANCE_TAIL = """
+ Several economists still expect a cut in the reserve requirement ratio before the end of the year, as credit growth slowed for a third month.
+ "The window for easing is still open," said Wang Tao, an economist at a Shanghai brokerage.
- End of text
+ Typesetting | Wang Wu
- Risk warning: The market is risky, and investment needs to be cautious.
- The above content is for reference only and does not constitute investment advice.
- Previous article: Yuan hits two-month low against the dollar
- Next article: Shanghai stocks end week lower
- Click to read the original
- Reading 10W+
- Please click "Watching" before you go
- Report/Feedback
"""

FINANCE_TAIL_ZH = """
+ 多位经济学家仍预计年底前会降准，信贷增速已连续三个月放缓。
+ 上海一家券商的经济学家王涛说：“宽松窗口仍然打开。”
+ 排版 | 王五
- 风险提示：市场有风险，投资需谨慎。
- 以上内容仅供参考，不构成投资建议。
- 上一篇：人民币兑美元创两个月新低
- 阅读原文
- 点个在看，分享给更多人
- 举报/反馈
"""


@pytest.mark.parametrize("page", [TRANSLATED, SCRAPED, FINANCE_TAIL, FINANCE_TAIL_ZH],
                         ids=["translated", "scraped", "finance-tail", "finance-tail-zh"])
def test_a_portal_page_loses_its_chrome_and_keeps_the_article(page):
    check_chrome_page(page)


@pytest.mark.parametrize("line", [
    "Statement: The ministry said exports would rise next year, and imports would hold steady.",
    "The court ruled that reproduction without permission is prohibited under the new law.",
    "Editor: the role of the press in China",
    "Share to WeChat users rose 5% in the quarter, the company said.",
    "法院认为，被告未经授权转载了原告的文章。",
    "他说，如有侵权将依法追究。",
    "The stock market is risky, analysts warned, and investors should spread their bets.",
    "Previous: 3.2%, forecast: 3.0%, actual: 3.1%.",
    "Read the original contract before signing it, lawyers advise.",
    "风险提示：宏观经济下行，政策不及预期。",
])
def test_sentences_about_the_same_things_stay(line):
    check_line_stays(line)


def test_a_credit_box_keeps_its_photo_credit_but_not_a_disclaimer_under_it():
    story = ("Các hãng xe điện Trung Quốc vẫn đẩy mạnh kế hoạch xây nhà máy tại châu Âu, bất chấp mức thuế "
             "mới do Brussels áp đặt.\n")
    box = "Bài viết: Hà Hiền\nẢnh: Reuters\nThiết kế: Minh Anh\n"
    assert clean(story + box, select=["boilerplate"]).text == story + box  # a value of the credits box
    disclaimer = "Disclaimer: This article is the author's own view and is no investment advice.\n"
    assert clean(story + box + disclaimer, select=["boilerplate"]).text == story + box  # a statement, no value
