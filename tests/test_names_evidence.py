"""Names: evidence read around each mention (what counts for and against the table's person)."""

from __future__ import annotations

from cleaner import clean


def names(text: str) -> str:
    return clean(text, lang="en", select=["names"]).text


def test_an_occupation_right_before_an_ordinary_name_is_someone_else():
    text = "At the Hanoi trade fair, Chinese exporter Su Lin showed buyers her new range of ceramics.\n"
    assert names(text) == text


def test_the_persons_own_role_right_before_the_name_is_evidence_for_them():
    assert names("Vietnamese party chief Su Lin met the Chinese premier in Hanoi.\n").startswith(
        "Vietnamese party chief To Lam met")


def test_an_occupation_followed_by_a_comma_is_a_description_of_the_subject_not_a_label():
    text = "Alibaba's co-founder, Cai Chongxin, said the deal was done.\n"
    assert names(text).startswith("Alibaba's co-founder, Joe Tsai, said")


def test_a_surname_joined_to_another_given_name_is_another_person():
    for text in ("The mother of the Tesla boss, 梅耶·马斯克, published a memoir.\n",
                 "Tesla shares fell after 金博尔·马斯克 sold part of his stake.\n"):
        assert names(text) == text
    assert names("埃隆·马斯克 said the company would build a new factory.\n").startswith("Elon Musk said")


def test_a_surname_alone_needs_the_persons_role_or_organisation_next_to_it():
    assert names("Tesla CEO 马斯克 said the factory would open next year.\n").startswith("Tesla CEO Elon Musk said")
    text = "马斯克 family members attended the ceremony in Pretoria.\n"
    assert names(text) == text


def test_words_of_another_clause_are_not_read_as_a_description_of_the_mention():
    text = "Kim Joo-ae attended the launch with her father.\nAnalysts in Seoul said Kim Ju-ae's role was growing.\n"
    out = names(text)
    assert "Kim Joo-ae" not in out and "Kim Ju-ae" not in out, out


def test_transliterations_are_rewritten_with_the_persons_role_and_left_without():
    assert names("South Korean President Yin Xiyue declared martial law.\n").startswith(
        "South Korean President Yoon Suk Yeol declared")
    assert names("Japanese Prime Minister Shi Pomao met his cabinet.\n").startswith(
        "Japanese Prime Minister Shigeru Ishiba met")
    for text in ("Li Zaiming, a retired teacher in Shandong, said his pension had not risen.\n",
                 "Shi Pomao, a lawyer in Shanghai, represented the workers.\n",
                 "Su Lin said she had waited three hours for a train at Shanghai station.\n"):
        assert names(text) == text


def test_an_ordinary_name_is_not_tied_by_an_organisation_in_another_sentence():
    # Without the person named in the article, the cue must stand next to the mention.
    for text in ("Tesla shares fell 5 per cent. Masike said he had sold his shares last year.\n",
                 "Alibaba reported strong results. Zhang Yong, 41, said he had bought the shares in 2019.\n",
                 "Vietnam and China signed 14 agreements in Hanoi. Su Lin, who sells silk, said tourists were back.\n"):
        assert names(text) == text
    # With the person named, the paragraph's cue is enough.
    text = "Kim Ju Ae attended the parade.\nNorth Korean state media released a video. Jin Zhuai smiled at her father.\n"
    assert "Jin Zhuai" not in names(text)


def test_an_age_after_the_name_does_not_hide_the_description_that_follows():
    text = "SoftBank shares rose. Sun Zhengyi, 52, a taxi driver in Tokyo, said he had never bought shares.\n"
    assert names(text) == text
    assert names("SoftBank founder Sun Zhengyi, 67, said the fund would invest more.\n").startswith(
        "SoftBank founder Masayoshi Son, 67,")
