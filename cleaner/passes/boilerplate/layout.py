"""Where a line sits in the page: prose paragraphs, mastheads, menus at the edges, boxes of
label/value lines. These decide whether a line a rule matched (or a run of short lines) goes."""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain

from ...budget import blame
from ...unicode import CJK, CompiledOnUse
from .rules import Rule

# A prose paragraph: long enough and ending like a sentence. Tail/head cuts never cross one.
PROSE_MIN_CHARS = 150
SENTENCE_END = tuple(".!?。！？…\"'”’»）)」』؟۔")  # (؟ and ۔: the Arabic-script question mark and full stop)
NEAR_WINDOW = 3
BLOCK_LINE_MAX = 100

_CJK_CHAR = CompiledOnUse(f"[{CJK}]")


_CJK_RUN = CompiledOnUse(f"[{CJK}]+")
CJK_PROSE_CHARS = 40


PROSE_MIN_LEN = 40  # no shorter line is prose


def is_prose(text: str) -> bool:
    """A paragraph of running text: long enough and ending like a sentence."""
    text = text.strip()
    if len(text) < PROSE_MIN_LEN or not text.endswith(SENTENCE_END):
        return False
    if len(text) >= PROSE_MIN_CHARS:
        return True
    # Enough CJK characters: first a cheap bound (characters outside ASCII), then the count.
    if len(text) - len(text.encode("ascii", "ignore")) < CJK_PROSE_CHARS:
        return False
    return sum(map(len, _CJK_RUN.findall(text))) >= CJK_PROSE_CHARS


def _sentenceish(text: str) -> bool:
    return text.rstrip().endswith(SENTENCE_END)


def _statement(text: str) -> bool:
    """Ends like a statement; a link title may end in a question mark ("Is Europe too dependent?")."""
    return _sentenceish(text) and not text.rstrip().endswith(("?", "？"))


_NAME = CompiledOnUse(rf"[^\W\d_]{{2,}}|[{CJK}]{{2,}}")
_LEGAL_WORDS = frozenset("copyright all rights reserved inc ltd llc co corp corporation company the and of by photo "
                         "foto image images credit credits source".split())


def _names_in(s: str) -> set[str]:
    return {w.casefold() for w in _NAME.findall(s)} - _LEGAL_WORDS


def _label_value_boxes(stripped: list[str], all_hits: list[list[Rule]], drop: dict, findings: list) -> None:
    """A line a rule matched stays when it belongs to a box of label/value lines no rule matched
    (an app's spec box: "アプリ名：… / カテゴリ：ゲーム / 価格：無料"; a story's credits: "Bài viết: …
    / Ảnh: … / Thiết kế: …"; a film's data: "配給：… / レイティング：… / (c)2011 …"): the line is
    then a value of the box, not chrome. It is reported as a finding instead."""
    n = len(stripped)

    def box_line(j: int) -> bool:
        return not all_hits[j] and is_label_value(stripped[j])

    for i in sorted(drop):
        if not _may_be_box_value(all_hits[i]):
            continue
        before = [j for j in range(i - 1, max(-1, i - 8), -1) if stripped[j]][:2]
        after = next((j for j in range(i + 1, min(n, i + 8)) if stripped[j]), None)
        if _box_value(stripped[i]):
            boxed = (before and box_line(before[0])) or (after is not None and box_line(after))
        else:  # a line after the box that names what the box is about: "配給：CJ … / (c)2011 CJ E&M"
            boxed = (len(before) == 2 and all(box_line(j) for j in before)
                     and _names_in(stripped[i]) & _names_in(" ".join(stripped[j] for j in before)))
        if boxed:
            rule, reason = drop.pop(i)
            findings.append((i, i, rule, f"{reason}: kept, it is a value in a block of label/value lines"))


def short_lines_end(stripped: list[str], start: int) -> int:
    """Where the run of short lines from ``start`` ends (a blank line, a long line or a
    statement): the lines a heading of a block or list takes under it."""
    n = len(stripped)
    j = start
    while j < n and stripped[j] and len(stripped[j]) < BLOCK_LINE_MAX and not _statement(stripped[j]):
        j += 1
    return j


def _may_be_box_value(found) -> bool:
    """Whether a line the rules ``found`` match may be a value of a label/value box: not when a
    rule says its lines never are (a list of share targets under an editor's credit)."""
    return not found or all(rule.box_value for rule in found)


def _first_unguarded(found: list[Rule]) -> Rule:
    for rule in found:
        if rule.near is None:
            return rule
    return found[0]


def _near(i: int, stripped: list[str], rule: Rule, drop: dict) -> bool:
    seen = 0
    for step in (-1, 1):
        j, count = i + step, 0
        while 0 <= j < len(stripped) and count < NEAR_WINDOW:
            if stripped[j]:
                count += 1
                seen += 1
                if j in drop:
                    return True
                try:
                    if rule.near.fullmatch(stripped[j]):
                        return True
                except Exception as exc:
                    blame(exc, rule.id)
                    raise
            j += step
    return False


MASTHEAD_TOP = 3  # a masthead is among the first non-blank lines...
MASTHEAD_MAX = 80  # ...short, not a sentence, and repeated on the next non-blank line


def _repeated_masthead(stripped: list[str], drop: dict) -> None:
    """The same title or masthead scraped twice in a row at the top ("Hello China Tech" x2)."""
    previous: str | None = None
    count = 0
    for i, s in enumerate(stripped):
        if not s or i in drop:
            continue
        count += 1
        key = " ".join(s.casefold().split())
        if previous is not None and key == previous and len(s) <= MASTHEAD_MAX and not _sentenceish(s):
            drop[i] = ("repeated-masthead", "the same title or masthead repeated by the scrape")
            continue
        if count >= MASTHEAD_TOP:
            break
        previous = key


EDGE_RUN = 4  # this many menu-like lines in a row before the first or after the last paragraph
MENU_WORDS = 4


# What str.isdigit() accepts: the decimal digits (\d) and these (superscripts, circled numbers,
# ...; checked against str.isdigit over every code point in the tests), and colons.
DIGIT_OR_COLON = CompiledOnUse(
    "[\\d:：\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c"
    "\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\U00010a40-\U00010a43"
    "\U00010e60-\U00010e68\U00011052-\U0001105a\U0001f100-\U0001f10a]")


def _menu_like(s: str) -> bool:
    # Digits (dates), colons (labels such as "责任编辑：李娜", "Editor: ...") and sentences are not menus.
    if not s or len(s) > 40 or _sentenceish(s) or DIGIT_OR_COLON.search(s):
        return False
    return len(s.split()) <= MENU_WORDS and (s.isascii() or len(_CJK_CHAR.findall(s)) <= 8)


# Items of site menus, in the languages of the rules: a run of short lines is chrome only when
# most of its lines are these words or lines a rule removed. Words that are also common labels
# of tables and spec sheets (price, size, colour) are left out.
# Section names that are also subheadings of encyclopedia articles and labels of infoboxes and
# tables ("Economy", "Culture", "Health"): never evidence of a menu on their own.
ENCYCLOPEDIA_HEADINGS = frozenset(w.strip() for w in """
world, local, national, international, economy, markets, money, science, health, travel, culture, arts, food,
life, style, lifestyle, live, tv, radio, digital, auto, kultur, wissen, wirtschaft, politik, politique,
économie, société, monde, política, economía, sociedad, cultura, economia, sociedade, politica, esteri,
политика, экономика, общество, культура, giáo dục, sức khỏe, đời sống, du lịch, kinh doanh, thế giới,
教育, 健康, 社会, 社會, 国际, 國際, 国内, 國內, 経済, 国際, 地域, 정치, 경제, 사회, 국제, 문화
""".split(",")) - {""}
MENU_VOCABULARY = frozenset(w.strip() for w in """
home, homepage, menu, search, news, latest, top stories, top news, breaking news, most read, most popular,
popular, trending, more, more news, more stories, more videos, more sections, more topics, sections,
all sections, all news, topics, world, us, uk, u.s., local, national, international, politics, business,
economy, markets, money, tech, technology, science, health, sport, sports, weather, travel, culture, arts,
entertainment, lifestyle, style, food, opinion, opinions, commentary, editorials, columns, columnists,
video, videos, photos, podcasts, podcast, multimedia, live, tv, radio, newsletters, newsletter, subscribe,
subscriptions, log in, login, sign in, sign up, register, my account, account, contact, contact us, about,
about us, privacy, privacy policy, terms, terms of use, terms of service, cookie policy, cookies, careers,
jobs, advertise, advertising, help, faq, sitemap, site map, rss, accessibility, corrections, shop, store,
deals, games, puzzles, crossword, horoscopes, obituaries, magazine, events, archive, archives, blog, blogs,
top picks, editor's picks, editors' picks, for you, recommended, related, related stories,
related articles, follow us, share, print, email, e-mail, facebook, twitter, instagram, youtube, linkedin,
whatsapp, telegram, tiktok, back to top, skip to content, skip to main content, next, previous, prev,
startseite, nachrichten, politik, wirtschaft, panorama, kultur, wissen, meinung, reise, digital, auto, suche,
anmelden, abonnieren, impressum, datenschutz, kontakt, mehr,
accueil, actualités, actualité, politique, économie, société, monde, vidéos, recherche, connexion,
s'abonner, mentions légales,
inicio, portada, noticias, política, economía, sociedad, cultura, deportes, opinión, vídeos, buscar,
iniciar sesión, suscríbete, contacto,
início, notícias, economia, sociedade, esportes, desporto, opinião, pesquisar, entrar, assine,
notizie, cronaca, politica, esteri, spettacoli, cerca, accedi, abbonati,
главная, новости, политика, экономика, общество, культура, спорт, происшествия, видео, поиск, войти,
подписаться,
trang chủ, tin tức, thời sự, thế giới, kinh doanh, giải trí, thể thao, pháp luật, giáo dục, sức khỏe,
đời sống, du lịch, số hóa, ý kiến, tìm kiếm, đăng nhập, đăng ký,
首页, 首頁, 新闻, 新聞, 财经, 財經, 科技, 体育, 體育, 娱乐, 娛樂, 国际, 國際, 国内, 國內, 社会, 社會, 军事, 軍事,
汽车, 汽車, 房产, 房產, 视频, 視頻, 影音, 评论, 評論, 登录, 登錄, 登入, 注册, 註冊, 搜索, 搜尋, 更多,
返回顶部, 返回頂部, 关于我们, 關於我們, 联系我们, 聯絡我們, 网站地图, 網站地圖,
ホーム, トップ, ニュース, 国際, 経済, エンタメ, スポーツ, ライフ, 地域, 動画, 検索, ログイン, 会員登録,
もっと見る, お問い合わせ, プライバシーポリシー, 利用規約, サイトマップ,
홈, 뉴스, 정치, 경제, 사회, 국제, 문화, 스포츠, 연예, 오피니언, 검색, 로그인, 회원가입, 전체메뉴
""".split(",")) - {""} - ENCYCLOPEDIA_HEADINGS
_MENU_PHRASES = MENU_VOCABULARY | frozenset(w for item in MENU_VOCABULARY for w in item.split())
_BULLET = tuple("•·∙・‧◦▪▫‣►▸▶▷-–—*+○●◎◇◆□■☆★✓✔→»›")
_EDGE_MARKS = "•·∙・‧◦▪▫‣►▸▶▷*+○●◎◇◆□■☆★✓✔→»›«‹<>|/ \t"
_HEADING_START = tuple("■□◆◇●▼▽▶【〔［[#")
# A short label and its value: "Prime Minister: Jacinda Ardern", "価格：無料", "Rating / Unproven".
_LABEL_VALUE = re.compile(r"([^\s\d:：/／.!?。！？][^\d:：/／.!?。！？]{0,29}?)\s*(?:[:：／]|\s/\s)\s*\S.*")
LABEL_WORDS = 4
SHORT_LINE = 100  # label/value lines and table rows are short
_URL_LABEL = re.compile(r"(?:https?|ftp|mailto|www)\s*[:：]", re.IGNORECASE)
# A row of a table or spec sheet: cells split by a tab or a run of spaces, or a value mark after a label.
_TABLE_ROW = re.compile(r"\S.*?(?:\t|\s{2,}|\u3000)\S.*|\S.*?\s(?:[◯○〇×✕✓✔△▲●◎]|[-–—])|.*?[◯○〇×✕✓✔△◎].*")
_WORD = re.compile(r"[^\W\d_]{4,}")
_CJK_WORD = CompiledOnUse(f"[{CJK}]{{2,}}")
_COMMON = frozenset(
    "this that with from have more about your their will what when which also been were they them into over "
    "only other some than then there these those after before because where while would could should just "
    "like make made many most much very such even each every here same well first last next back".split())


def _menu_key(s: str) -> str:
    return " ".join(s.strip(_EDGE_MARKS).casefold().split())


def _is_menu_word(s: str) -> bool:
    key = _menu_key(s)
    if not key:
        return False
    if key in MENU_VOCABULARY:
        return True
    words = [w for w in key.replace("&", " ").split() if w not in ("and", "und", "et", "y", "e", "và")]
    if len(words) > 1 and all(w in _MENU_PHRASES for w in words):  # "Business News", "Opinion videos"
        return True
    # "News | Sport | Weather", "Home › World": every item a menu word
    parts = [p for p in re.split(r"\s*[|/›»>·•]\s*", key) if p]
    return len(parts) > 1 and all(p in MENU_VOCABULARY for p in parts)


def _label_value(s: str) -> re.Match | None:
    """The label/value match of a short line, its label group 1 (see :func:`is_label_value`)."""
    if len(s) > SHORT_LINE:
        return None
    m = _LABEL_VALUE.fullmatch(s)
    return m if m is not None and len(m.group(1).split()) <= LABEL_WORDS and not _URL_LABEL.match(s) else None


def is_label_value(s: str) -> bool:
    """A short label and its value on one line ("価格：無料", "Bài viết : Hà Hiền")."""
    return _label_value(s) is not None


# A box's values are names, prices, dates and credits; a longer value is a statement of its own (a
# portal's disclaimer under the editor's credit: "特别声明：以上内容……仅提供信息存储服务。").
BOX_VALUE_MAX = 40


def _box_value(s: str) -> bool:
    """A label/value line whose value is short enough to be one of a box's values."""
    m = _label_value(s)
    return m is not None and len(s[m.end(1):].lstrip(" \t:：／/")) <= BOX_VALUE_MAX


def _table_row(s: str) -> bool:
    return len(s) <= SHORT_LINE and bool(_TABLE_ROW.fullmatch(s))


def _content_vocabulary(stripped: list[str], lo: int, hi: int) -> tuple[set[str], set[str]]:
    """The words of the article body (lines lo..hi): Latin/Cyrillic/... words of 4+ letters, and
    the two- and three-character pieces of its CJK runs (built once: lookups stay linear)."""
    body = "\n".join(stripped[lo:hi + 1])
    words = set(map(str.casefold, _WORD.findall(body))) - _COMMON
    grams: set[str] = set()
    for run in _CJK_WORD.findall(body):
        grams.update(run[k:k + 2] for k in range(len(run) - 1))
        grams.update(run[k:k + 3] for k in range(len(run) - 2))
    return words, grams


def _shares_content(s: str, words: set[str], grams: set[str]) -> bool:
    for w in _WORD.findall(s):
        w = w.casefold()
        if w in words and w not in _COMMON and w not in _MENU_PHRASES:
            return True
    for run in _CJK_WORD.findall(s):
        if run in _MENU_PHRASES:
            continue
        if run in grams if len(run) == 2 else any(run[k:k + 3] in grams for k in range(len(run) - 2)):
            return True
    return False


def _edge_chrome(stripped: list[str], prose: list[bool], drop: dict, first_prose: int, last_prose: int,
                 findings: list, markdown: bool = False) -> None:
    """Runs of menu-like short lines above the first or below the last prose paragraph.

    A run of short lines is not chrome because it is short: an infobox, a spec sheet, a list
    under a heading, the labels of a table and a list of winners look the same. A run is removed
    only on evidence: most of its lines are lines a rule removed or known menu items (in a run of
    LONG_RUN lines or more, LONG_RUN_EVIDENCE of them: a site's menu of its own section names is
    long, and a list of content with two menu words in it is rare), and none of the signs of
    content is there (label/value pairs, list items, table rows, a heading over it, words it
    shares with the article body). Otherwise it stays and is reported as a finding.
    In Markdown, where lists, headings and paragraphs are written as such, a run is always
    reported, never removed: short lines there are the author's structure, not a page's layout.
    """
    if last_prose < 0:
        return
    page = _Page(stripped, first_prose, last_prose)
    for lo, hi in ((0, first_prose), (last_prose + 1, len(stripped))):
        for run in _menu_runs(stripped, lo, hi, drop):
            why = "Markdown structure" if markdown else _content_signs(stripped, run, drop, page)
            if why is None:
                for j in run:
                    drop.setdefault(j, ("edge-chrome", "menu items outside the article body"))
            else:
                kept = [j for j in run if j not in drop]
                findings.append((kept[0], kept[-1], "edge-chrome",
                                 f"short lines outside the article body kept ({why}); remove them by hand if they are chrome"))


def _menu_runs(stripped: list[str], lo: int, hi: int, drop: dict):
    """Runs of at least EDGE_RUN menu-like lines (or lines a rule removed, which count as chrome
    in a run) among lines lo..hi-1, not all of them removed already. Blank lines neither extend
    nor break a run."""
    run: list[int] = []
    for i in range(lo, hi + 1):
        s = stripped[i] if i < hi else None
        if s is not None and not s:
            continue
        if s is not None and (i in drop or _menu_like(s)):
            run.append(i)
            continue
        if len(run) >= EDGE_RUN and any(j not in drop for j in run):
            yield run
        run = []


class _Page:
    """What the edge-chrome checks need of the whole page, built once and only when asked."""

    def __init__(self, stripped: list[str], first_prose: int, last_prose: int) -> None:
        self.stripped, self.first_prose, self.last_prose = stripped, first_prose, last_prose
        self._vocabulary: tuple[set[str], set[str]] | None = None
        self._repeated: Counter | None = None

    def vocabulary(self) -> tuple[set[str], set[str]]:
        if self._vocabulary is None:
            self._vocabulary = _content_vocabulary(self.stripped, self.first_prose, self.last_prose)
        return self._vocabulary

    def repeated(self) -> Counter:
        """Menu-like lines of the page outside the body, counted."""
        if self._repeated is None:
            stripped = self.stripped
            outside = chain(range(self.first_prose), range(self.last_prose + 1, len(stripped)))
            self._repeated = Counter(_menu_key(stripped[j]) for j in outside if stripped[j] and _menu_like(stripped[j]))
        return self._repeated


EDGE_EVIDENCE = 0.5  # more than this share of a run's lines must be removed lines or menu items
LONG_RUN = 8  # a run this long of short lines outside the body is a menu by its shape ...
LONG_RUN_EVIDENCE = 2  # ... when this many of its lines are removed lines or menu items


def _content_signs(stripped: list[str], run: list[int], drop: dict, page: _Page) -> str | None:
    """Why the run may be content, or None when it is menu chrome on the evidence (the page's
    vocabulary is built only when the cheaper signs leave the question open)."""
    kept = [j for j in run if j not in drop]
    others = [j for j in kept if not _is_menu_word(stripped[j])]
    if others:  # a line repeated outside the body counts as a menu item too
        repeated = page.repeated()
        others = [j for j in others if repeated.get(_menu_key(stripped[j]), 0) <= 1]
    evidence = len(run) - len(others)
    if evidence <= EDGE_EVIDENCE * len(run) and not (len(run) >= LONG_RUN and evidence >= LONG_RUN_EVIDENCE):
        return "most of them are neither menu items nor matched by a rule"
    why = _context_signs(stripped, run)
    if why is None:
        vocabulary = page.vocabulary()
        why = next((w for w in (_line_signs(stripped[j], vocabulary) for j in others) if w is not None), None)
    return why


LIST_REACH = 4  # lines from a run up to a heading ending in a colon, at most, for it to head the run (items between)
_SENTENCE_END = tuple(".!?。！？")


def _under_heading(stripped: list[str], start: int) -> bool:
    """A heading ("Die geplanten Abschnitte:") right above line ``start`` or above short lines
    like it (the first items of the same list, which the run did not take)."""
    items = 0
    for j in range(start - 1, -1, -1):
        s = stripped[j]
        if not s:
            continue
        if s.endswith((":", "：")) or s.startswith(_HEADING_START):
            return True
        items += 1
        if items >= LIST_REACH or len(s) > BLOCK_LINE_MAX or s.endswith(_SENTENCE_END):
            return False
    return False


def _context_signs(stripped: list[str], run: list[int]) -> str | None:
    """The lines just outside the run: a heading over it (or over the list items just above it),
    or a table or box it belongs to."""
    after = next((stripped[j] for j in range(run[-1] + 1, len(stripped)) if stripped[j]), "")
    before = next((stripped[j] for j in range(run[0] - 1, -1, -1) if stripped[j]), "")
    if _under_heading(stripped, run[0]):
        return "a list under a heading"
    for s in (before, after):
        if s and (is_label_value(s) or _table_row(s)):
            return "next to a table or label/value lines"
    return None


def _line_signs(s: str, vocabulary: tuple[set[str], set[str]]) -> str | None:
    """Signs that a line of the run is content."""
    if s.startswith(_BULLET):
        return "list items"
    if s.startswith(_HEADING_START):
        return "a heading with lines under it"
    if is_label_value(s) or _table_row(s):
        return "label/value pairs or table rows"
    if _shares_content(s, *vocabulary):
        return "they share words with the article"
    return None

