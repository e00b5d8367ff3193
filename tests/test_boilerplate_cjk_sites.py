"""The chrome of Japanese, Korean and Chinese news sites, scraped as it is and as machine
translation renders it: header menus of section words, log-in rows, "current location"
breadcrumbs, share bars of the local networks, reaction counters and copyright lines with a
reprint ban. The headline, the dateline, the byline and the article stay."""

from __future__ import annotations

import pytest

from helpers import check_chrome_page, check_line_stays

JAPANESE = """
- トップ ニュース 経済 国際 スポーツ エンタメ
- メニュー 検索 ログイン
+ 日銀、政策金利を据え置き　物価見通しを上方修正
+ 2026年11月20日 15時32分
+ 日本銀行は20日、金融政策決定会合を開き、政策金利を0.5%に据え置くことを決めた。植田和男総裁は記者会見で、賃金と物価の好循環が続いているとの認識を示した。
+ 市場関係者の間では、年明けにも追加利上げに踏み切るとの見方が広がっている。
- X（旧Twitter）でシェア
- 会員登録（無料）
"""

KOREAN = """
- 전체메뉴 검색 로그인 회원가입
+ 한국은행, 기준금리 연 3.0% 동결
+ 입력 2026.11.20 10:15 수정 2026.11.20 11:02
+ 기자명 김민수 기자
+ 한국은행 금융통화위원회는 20일 통화정책방향 회의를 열고 기준금리를 연 3.0%로 동결했다. 이창용 총재는 기자간담회에서 가계부채 증가세를 주시하고 있다고 말했다.
+ 시장에서는 내년 1분기 추가 인하 가능성을 점치고 있다.
- 좋아요 0 화나요 0
- 카카오톡 페이스북 트위터 URL복사
"""

TRANSLATED = """
- Current location: Home > Finance > Stocks
+ The central bank kept its benchmark rate unchanged
+ Author: Zhang Wei
+ The People's Bank of China kept the one-year loan prime rate at 3.0% on Thursday, in line with market expectations.
+ Analysts said the decision reflected concern about the yuan, which has weakened against the dollar in recent weeks.
- Share to:
- WeChat Weibo QQ Space
- Like 3 Heartwarming 0 Sad 1 Angry 0
- KakaoTalk Facebook Twitter Copy URL
- Copyright © 2026 Economic Daily. All rights reserved. Unauthorized reproduction is prohibited.
"""

SCRAPED_ZH = """
- 当前位置：首页 > 财经 > 股票
- 首页 新闻 财经 科技 体育 娱乐
+ 央行维持贷款市场报价利率不变
+ 中国人民银行周四公布，一年期贷款市场报价利率维持在3.0%，符合市场预期。
+ 分析人士表示，这一决定反映出对人民币汇率的担忧。
- 微信 微博 QQ空间
"""


@pytest.mark.parametrize("page", [JAPANESE, KOREAN, TRANSLATED, SCRAPED_ZH],
                         ids=["japanese", "korean", "translated", "scraped-zh"])
def test_a_news_page_loses_its_chrome_and_keeps_the_article(page):
    check_chrome_page(page)


@pytest.mark.parametrize("line", [
    "Location: the summit was held in Busan, officials said, and the talks ran late.",
    "WeChat and Weibo were both blocked in the region for several hours on Monday.",
    "카카오톡 이용자가 지난해보다 5% 늘었다고 회사가 밝혔다.",
    "뉴스 정치 경제 사회 분야의 기사가 가장 많이 읽혔다.",
    "経済 国際 スポーツの各分野で、記者が取材を続けている。",
    "Sad 10 years later, the town still remembers the flood.",
    "The court ruled that copying the reports without permission was unlawful.",
])
def test_sentences_about_the_same_things_stay(line):
    check_line_stays(line)
