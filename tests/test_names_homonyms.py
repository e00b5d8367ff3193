"""Homonyms are data: every form of the names table that is also another notable person's name
or a common Chinese name is marked in the table, so that it needs evidence next to the mention."""

from __future__ import annotations

from collections import Counter

from cleaner import clean, load_rules
from cleaner import names_data as D
from cleaner.passes.names import NAME

from helpers import DATA

REGIONS = {"CN", "HK", "TW", "SG", "KR", "KP", "JP", "VN"}


def test_the_notable_people_list_is_large_and_well_formed():
    people = D.notable_people()
    assert len(people) >= 500
    assert set(p.region for p in people) == REGIONS
    for p in people:
        assert all(x.strip() == x and x for x in (p.native, p.chinese, p.pinyin, p.english)), p
        assert all("\u4e00" <= c <= "\u9fff" for c in p.chinese), p
    repeated = [e for e, n in Counter(p.english for p in people).items() if n > 1]
    assert not repeated, repeated


def test_the_common_names_list_is_derived_from_the_two_lists():
    names = D.common_names()
    surnames = [line for line in (DATA / "common_surnames.tsv").read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#")]
    assert len(surnames) == 100
    assert ("王伟", "Wang Wei") in names and ("李子轩", "Li Zixuan") in names
    assert (DATA / "common_names.txt").read_text(encoding="utf-8") == D.common_names_text(), (
        "tests/data/common_names.txt is stale: regenerate it with cleaner.names_data.common_names_text()")


def test_no_form_of_the_built_in_table_is_an_unmarked_homonym():
    found = D.collisions(D.names_table().values())
    assert not found, "\n".join(f"{c.source}: {c.canonical}: {c.field} {c.form!r} is also {c.other};"
                                " mark it common = true" for c in found)


def _people(tmp_path, text):
    d = tmp_path / "rules"
    d.mkdir(exist_ok=True)
    (d / "names.toml").write_text(text, encoding="utf-8")
    return list(load_rules(d, builtin=False).get(NAME).values())


def test_an_unmarked_common_name_or_another_persons_name_is_caught(tmp_path):
    people = _people(tmp_path, """
[[name]]
canonical = "Robin Example"
native = ["张勇", "劉偉"]
variants = ["Wang Wei", "Wei Wang", "Li Zai-ming", "Shi Pomao", "Robin Exemplar"]
""")
    found = {(c.form, c.other.split(" (")[0]) for c in D.collisions(people)}
    assert ("Wang Wei", "a common Chinese name") in found
    assert ("Wei Wang", "a common Chinese name") in found  # Western order
    assert ("Li Zai-ming", "Lee Jae-myung") in found  # hyphen and spacing ignored
    assert ("Shi Pomao", "Shigeru Ishiba") in found
    assert ("张勇", "Zhang Yong") in found and ("张勇", "Daniel Zhang") in found
    assert ("劉偉", "a common Chinese name") in found  # Traditional characters
    assert not [f for f in found if f[0] == "Robin Exemplar"]


def test_marked_forms_and_the_persons_own_names_are_not_collisions(tmp_path):
    people = _people(tmp_path, """
[[name]]
canonical = "Lee Jae-myung"
native = ["李在明"]
variants = ["Li Zaiming", {form = "Wang Wei", common = true}, {form = "Zhang Yong", kind = "hallucination"}]
""")
    assert D.collisions(people) == []
    assert {c.form for c in D.collisions(people, marked_only=True)} == {"Wang Wei", "Zhang Yong"}


def test_a_native_form_that_is_a_common_name_needs_evidence_next_to_it():
    other = "马云 opened a noodle shop in Lanzhou last year, and business has been good.\n"
    assert clean(other, lang="en", select=["names"]).text == other
    own = "Alibaba founder 马云 said the company would keep investing in rural e-commerce.\n"
    assert clean(own, lang="en", select=["names"]).text.startswith("Alibaba founder Jack Ma said")
