"""Names: one person, one spelling per document after cleaning."""

from __future__ import annotations

from collections import Counter

from cleaner import clean
from cleaner.bench_names import run_folder, spellings

from helpers import SHARED, needs_shared

WMT23 = SHARED / "bench" / "wmt23_zhen" / "docs"


def names(text: str) -> str:
    return clean(text, lang="en", select=["names"]).text


def test_a_rewrite_and_a_style_spelling_of_one_person_end_as_one_spelling():
    text = ("Leader Kim Jong Un's daughter, Kim Joo-ae, stood on the rostrum with her father.\n"
            "North Korean state media released a video. Jin Zhuai snuggled up to her father.\n"
            "At one point, Kim Joo-ae cupped her father's cheeks with both hands.\n")
    out = names(text)
    assert spellings(out)["Kim Ju Ae"] == Counter({"Kim Ju Ae": 3}), out
    assert names(out) == out


def test_two_style_spellings_of_one_person_become_the_canonical_name():
    text = ("Kim Joo-ae attended the parade in Pyongyang.\n"
            "State media showed Kim Ju-ae again on Friday.\n")
    out = names(text)
    assert "Kim Joo-ae" not in out and "Kim Ju-ae" not in out and out.count("Kim Ju Ae") == 2, out


def test_one_style_spelling_alone_is_left_as_written():
    text = "Kim Joo-ae attended the parade in Pyongyang, and Kim Joo-ae was seen again on Friday.\n"
    assert names(text) == text


def test_a_style_spelling_in_a_quotation_is_not_counted_or_rewritten():
    text = 'The report, titled "Kim Ju-ae and the succession", says Kim Joo-ae was at the parade.\n'
    assert names(text) == text


def test_an_ordinary_name_tied_once_is_the_same_person_at_its_other_mentions():
    text = ("KMT vice chairman Xia Liyan visited Beijing this week.\n"
            "The news of the day did not mention this when Xia Liyan met Song Tao.\n")
    out = names(text)
    assert "Xia Liyan" not in out and out.count("Andrew Hsia") == 2, out


def test_the_same_spelling_next_to_another_persons_role_is_not_carried_over():
    text = ("KMT vice chairman Xia Liyan visited Beijing this week.\n"
            "Xia Liyan, a lawyer in Taichung, said the trip was a mistake.\n"
            "Later Xia Liyan spoke to students.\n")
    out = names(text)
    assert out.count("Xia Liyan") == 2 and out.count("Andrew Hsia") == 1, out


def test_a_clause_after_the_name_is_not_a_description_of_it():
    text = ("The vice chairman of the Kuomintang, Xia Liyan, met with the director of the Taiwan Affairs"
            " Office, Song Tao.\n")
    assert names(text).startswith("The vice chairman of the Kuomintang, Andrew Hsia, met with")


def test_a_relative_named_by_the_persons_own_spelling_is_still_the_person():
    text = ("Kim Jong Un attended the parade.\n"
            "Other images showed her father Kim Jong-un smiling on the rostrum.\n")
    out = names(text)
    assert "Kim Jong-un" not in out, out


def test_a_relative_named_by_an_ordinary_name_is_not_the_person():
    text = ("Kim Ju Ae attended the parade in Pyongyang.\n"
            "In Shenyang, the shopkeeper's daughter Jin Zhuai sold tickets.\n")
    assert "Jin Zhuai" in names(text)


@needs_shared(WMT23)
def test_wmt23_fewer_documents_mix_spellings_after_cleaning_and_kim_ju_ae_has_one():
    r = run_folder(WMT23)
    assert len(r.mixed) < r.mixed_before, r.mixed
    assert not [m for m in r.mixed if m[1] in ("Kim Ju Ae", "Andrew Hsia", "Chao Chun-shan")], r.mixed
