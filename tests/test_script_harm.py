"""The script pass never changes a character that is correct in the article's script in that word.

Characters such as 里 干 征 准 余 are Simplified forms, but also correct Traditional characters in
other words, names and transliterations. Each phrase below is correct Traditional (or Simplified)
and must come out unchanged; the real fixes next to them must still be made.
"""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.edits import LIKELY, SAFE
from cleaner.simplified_traditional import ambiguous, dictionary_values, written_in

# A Traditional frame (many Traditional-only characters, no Simplified candidate) around each phrase.
HANT = "這項報導說明，經濟與國際關係的發展變化，對當地議會選舉產生了重大影響。{}\n"
HANS = "这项报道说明，经济与国际关系的发展变化，对当地议会选举产生了重大影响。{}\n"


def script_edits(text: str):
    return clean(text, select=["script"]).edits


TRADITIONAL_WORDS = [
    "他移居佛羅里達州。",      # 里 in a transliteration
    "國家干預市場是危險的。",    # 干 in 干預
    "他兼任遠征軍司令。",       # 征 in 遠征
    "議會准許他們撤退。",       # 准 in 准許
    "演員余文樂出席首映。",     # 余 as a surname
    "他在水里鄉長大。",        # 里 in a place name
    "埃里克說這不足為奇。",     # 里 in a transliteration
    "天文學家研究軌道干擾。",    # 干 in 干擾
    "這是花崗岩島嶼。",        # 岩 in 花崗岩
    "塔克拉瑪干沙漠流沙嚴重。",  # 干 in a place name
    "節目介紹無厘頭的新聞。",    # 厘 in 無厘頭
    "李妍采從小跟母親相依為命。",  # 采 in a name
    "鹹魚與咸豐皇帝。",        # 咸 in a reign name
    "他們一起去游泳。",        # 游 in 游泳
    # Two accepted Traditional forms of one character: OpenCC's phrase tables prefer the other.
    "叛軍攻占了首都。",        # 占 / 佔
    "他的職位被安東尼霸占。",    # 占 / 佔
    "遊客參觀了岩洞與岩壁。",    # 岩 / 巖
    "慧景軒正式入伙。",        # 伙 / 夥
    "公司市占率持續上升。",     # 占 / 佔
]


@pytest.mark.parametrize("phrase", TRADITIONAL_WORDS)
def test_correct_traditional_stays(phrase):
    text = HANT.format(phrase)
    assert script_edits(text) == [], phrase


@pytest.mark.parametrize("phrase, fixed, safety", [
    ("警方一直跟踪嫌犯。", "警方一直跟蹤嫌犯。", SAFE),          # 踪 is never Traditional
    ("影響全國范圍內的選民。", "影響全國範圍內的選民。", LIKELY),  # 范 before 圍 is the word 範圍
    ("他这樣做。", "他這樣做。", SAFE),
    ("我们認為", "我們認為", SAFE),
    ("他說话算數。", "他說話算數。", SAFE),
    ("當時那里只有四十戶。", "當時那裡只有四十戶。", LIKELY),
    ("記者接受采訪。", "記者接受採訪。", LIKELY),
    ("頭号种子選手。", "頭號種子選手。", None),
])
def test_real_fixes_in_a_traditional_article(phrase, fixed, safety):
    text = HANT.format(phrase)
    result = clean(text, select=["script"])
    assert result.text == HANT.format(fixed)
    if safety is not None:
        assert {e.safety for e in result.edits} == {safety}


def test_mixed_word_is_recognised_on_both_sides():
    # 范 stays as a surname; 范 in 范圍 becomes 範.
    text = HANT.format("范仲淹說，全國范圍內都要改革。")
    assert clean(text, select=["script"]).text == HANT.format("范仲淹說，全國範圍內都要改革。")


SIMPLIFIED_WORDS = [
    "乾隆皇帝下江南。",        # 乾 in a reign name
    "宫商角徵羽是五声。",      # 徵 as a musical note
    "这本著作很有名。",        # 著 in 著作
]


@pytest.mark.parametrize("phrase", SIMPLIFIED_WORDS)
def test_correct_simplified_stays(phrase):
    assert script_edits(HANS.format(phrase)) == [], phrase


@pytest.mark.parametrize("phrase, fixed", [
    ("他們已經走过了。", "他们已经走过了。"),   # 們 and 經 are never Simplified
    ("天气很乾燥。", "天气很干燥。"),           # 乾 in 乾燥 is 干 in Simplified
])
def test_real_fixes_in_a_simplified_article(phrase, fixed):
    assert clean(HANS.format(phrase), select=["script"]).text == HANS.format(fixed)


def test_tables_read_from_opencc():
    # STCharacters lists 里 among its own Traditional forms (裏 里 哩); 这 is no Traditional value.
    assert "里" in set(dictionary_values("STCharacters"))
    assert "佛羅里達" in set(dictionary_values("STPhrases"))
    assert ambiguous("里", "Hant") and ambiguous("干", "Hant") and ambiguous("范", "Hant")
    for ch in "这们说踪":
        assert not ambiguous(ch, "Hant"), ch
    assert ambiguous("乾", "Hans") and not ambiguous("們", "Hans")
    assert len(written_in("Hant")) > 5000 and len(written_in("Hans")) > 5000


def test_variant_pairs_are_same_script_forms_never_a_simplified_traditional_pair():
    from cleaner.simplified_traditional import same_script_variants

    assert same_script_variants("岩", "巖") and same_script_variants("佔", "占") and same_script_variants("伙", "夥")
    # Simplified and Traditional forms of one another are not variants within one script.
    for a, b in ["范範", "里裡", "干幹", "采採", "种種", "斗鬥", "么麼", "余餘"]:
        assert not same_script_variants(a, b), a + b


def test_a_variant_of_another_standard_is_still_converted_where_it_is_never_written():
    # 佔 is never written in Simplified: converted as a character, whatever the variant table says.
    text = HANS.format("叛军攻佔了首都。")
    assert clean(text, select=["script"]).text == HANS.format("叛军攻占了首都。")



@pytest.mark.parametrize("phrase", [
    "- [日本語 / 日语](https://ja.vuejs.org/)",
    "- [繁體中文 / 繁体中文](https://zh-hk.vuejs.org/)",
    "他出生于臺灣（台湾）。",
    "他出生于台湾（臺灣）。",
])
def test_a_name_written_in_both_scripts_side_by_side_stays(phrase):
    text = HANS.format(phrase)
    assert script_edits(text) == [], phrase


def test_a_stray_character_next_to_an_unrelated_word_is_still_converted():
    text = HANS.format("我们的語言（汉语）很美。")
    assert clean(text, select=["script"]).text == HANS.format("我们的语言（汉语）很美。")
