"""html and punctuation never damage clean text: each mechanism that used to edit clean prose,
with short examples in several languages, and the real fixes those passes still make."""

from __future__ import annotations

import pytest

from cleaner import clean, replay


def _clean(text: str, passes: list[str], lang: str | None = None) -> str:
    result = clean(text, lang=lang, select=passes)
    assert replay(text, result.edits) == result.text
    again = clean(result.text, lang=lang, select=passes)
    assert again.text == result.text, "not stable"
    return result.text


# --- html: only what is certainly markup is removed -------------------------------------------

@pytest.mark.parametrize("text", [
    "The page is written with the <p> tag.\n",
    "If a<b and b>c, then a<c.\n",
    "x<i>y is a typo, but it stays.\n",
    "Use a single <img> element for the logo.\n",
    "Das „<img>“-Tag und `<p>` bleiben stehen.\n",
    "La etiqueta \"<br>\" corta la línea; <ul> y <ol> son listas.\n",
    "Il tag <div> raggruppa gli elementi.\n",
    "Ein <br> im Satz bleibt.\n",
    "The <Foo> placeholder, <5% and AT&T stay.\n",
    "Intro.\n<ul> List of <img>\n<p> is the paragraph tag.\n",
    "Allowed tags: <em> <strong> <blockquote> <p> <br> <ol> <ul> <li>\n",
])
def test_text_that_names_tags_or_compares_is_kept(text):
    assert _clean(text, ["html"]) == text


@pytest.mark.parametrize("text,expected", [
    ("The page is written with the &lt;p&gt; tag.\n", "The page is written with the <p> tag.\n"),
    ("Die Seite nutzt das &lt;img&gt;-Element.\n", "Die Seite nutzt das <img>-Element.\n"),
    ("Prices rose.&lt;br&gt;Shares fell.\n", "Prices rose.<br>Shares fell.\n"),
    ("La relación es a &lt; b.\n", "La relación es a < b.\n"),
])
def test_decoding_never_creates_markup(text, expected):
    # Decoded once, the text shows a tag; no later round removes it (whole pipeline too).
    assert _clean(text, ["html"]) == expected
    assert clean(text).text == expected


def test_escaped_markup_that_would_be_removed_stays_escaped():
    text = "Write &lt;b&gt;bold&lt;/b&gt; for emphasis.\n"
    assert _clean(text, ["html"]) == text
    assert clean(text).text == text


def test_whole_page_needs_more_than_a_leading_html_word():
    text = "&lt;html&gt; is the root element of every page.\n"
    assert clean(text).text == "<html> is the root element of every page.\n"


# --- html: the real fixes ---------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("<p>cloud</p>&nbsp;&amp;\n", "cloud &\n"),
    ("Alibaba&#8217;s <p>cloud</p>\n", "Alibaba’s cloud\n"),
    ("<p>First paragraph.</p><p>Second paragraph.</p>\n", "First paragraph.\nSecond paragraph.\n"),
    ("Line one.<br/>Line two.<br>\n", "Line one.\nLine two.\n"),
    ("<p>Hello world\n", "Hello world\n"),
    ("Read the <a href=\"https://example.com/x\">letter</a> here.\n", "Read the letter here.\n"),
    ("<div class=\"body\">\nText here.\n</div>\n", "\nText here.\n\n"),
    ("<p> Text here. </p>\n", " Text here. \n"),
    ("<p>One.</p>\n<cite>\nTwo.\n", "One.\n\nTwo.\n"),
])
def test_scraped_markup_is_removed(text, expected):
    assert _clean(text, ["html"]) == expected


@pytest.mark.parametrize("text,expected", [
    ("&quot;الخطوط&quot; تضيف &quot;3058&quot; مقعداً\n", "\"الخطوط\" تضيف \"3058\" مقعداً\n"),
    ("газета ``Ноорте Хяэль&#39;&#39; писала\n", "газета ``Ноорте Хяэль'' писала\n"),
    ("Tom&amp;amp;Jerry and&amp;nbsp;more, 106SH &mdash; 東芝&lt;レグザ&gt;対応\n",
     "Tom&Jerry and more, 106SH — 東芝<レグザ>対応\n"),
])
def test_entity_laden_scraped_text_is_decoded(text, expected):
    assert _clean(text, ["html"]) == expected


def test_tags_in_a_scrape_go_and_a_named_tag_stays():
    text = "<p>Alibaba&#8217;s <b>cloud</b> grew.</p>\nThe <img> element was missing.\n"
    assert _clean(text, ["html"]) == "Alibaba’s cloud grew.\nThe <img> element was missing.\n"


# --- punctuation: only running prose ----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Then the value of  , is the limit of the series.\n"),        # a stripped formula
    ("en", "Then the value of , is the limit of the series.\n"),
    ("de", "Dann ist der Wert von  , wie gezeigt, endlich.\n"),
    ("es", "El valor de , es el límite de la serie.\n"),
    ("en", "Berlin\t?\t12\n"),                                           # table cells
    ("de", "| Hamburg | ? | 9 |\n"),
    ("en", "{\"name\" : \"Alibaba\", \"price\" : 5}\n"),                 # JSON
    ("en", "  \"name\" : \"Alibaba\",\n"),
    ("en", "Coffee $ 5 , tea $ 10 , cake $ 7.\n"),                        # price lists
    ("pt", "Café R$ 5 , chá R$ 10 , bolo R$ 7.\n"),
    ("en", "x = foo(a , b);\n"),                                          # code
    ("en", "for i in range(10) :\n"),
    ("it", "if (x > 0) { return y ; }\n"),
    ("en", "Wait ... revenue was 3.5 billion and a ratio of 2 : 1.\n"),
    ("fr", "Faut-il s’inquiéter ? Non : c’est clair !\n"),
])
def test_spaces_that_are_not_mt_errors_stay(lang, text):
    assert _clean(text, ["punctuation"], lang) == text


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Can models become platforms for the digital economy ?\n",
     "Can models become platforms for the digital economy?\n"),
    ("en", "reasoning ability, text, image, video , or code generation.\n",
     "reasoning ability, text, image, video, or code generation.\n"),
    ("de", "Das sagte die Polizei am Samstag . Mehr nicht.\n", "Das sagte die Polizei am Samstag. Mehr nicht.\n"),
    ("es", "¿Qué pasa con la economía digital ?\n", "¿Qué pasa con la economía digital?\n"),
    ("pt", "Nós iremos avaliar a próxima seção .\n", "Nós iremos avaliar a próxima seção.\n"),
    ("vi", "Mục tiêu của đội trong thời gian tới ?\n", "Mục tiêu của đội trong thời gian tới?\n"),
    ("vi", "Hình ảnh bức tượng \"đột biến\" , đặt tại Sa Pa.\n", "Hình ảnh bức tượng \"đột biến\", đặt tại Sa Pa.\n"),
    ("vi", "Lúa được sản xuất thử từ năm 2008 . Với công trình này, ông đoạt giải.\n",
     "Lúa được sản xuất thử từ năm 2008. Với công trình này, ông đoạt giải.\n"),
    ("vi", "Bài viết : Minh Anh\n", "Bài viết: Minh Anh\n"),
])
def test_mt_spaces_in_prose_are_still_fixed(lang, text, expected):
    assert _clean(text, ["punctuation"], lang) == expected
