"""Homonym data for the names table: who else a variant could be.

Two lists, kept in ``tests/data`` (see tests/data/README-names.md):

* ``notable_people.tsv``: notable people of mainland China, Hong Kong, Taiwan, Singapore, Korea,
  Japan and Vietnam, each with the native form, the Chinese form a Chinese article uses, its
  pinyin (what machine translation of that article writes) and the usual English spelling;
* the most common Chinese names: ``common_surnames.tsv`` (the 100 most common surnames) times
  ``common_given_names.tsv`` (the most common given names), in characters and in pinyin, in
  Chinese order ("Wang Wei") and Western order ("Wei Wang"); :func:`common_names` derives them
  and ``common_names.txt`` holds the derived list for reading.

:func:`collisions` checks every form of a names table (variant, alias, native form) against both:
a form that is also another notable person's name or a common name must be marked in the table
(``common = true``, kind ``hallucination``, or an alias, which always needs a person reading),
so that it is rewritten only on strong evidence next to the mention.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

# The lists live in a source checkout's tests/data: beside the package in a checkout (editable
# install), else in the working directory (an installed package run from the checkout).
_BESIDE = Path(__file__).resolve().parent.parent / "tests" / "data"
DATA = _BESIDE if _BESIDE.is_dir() else Path("tests") / "data"


@dataclass(frozen=True)
class Notable:
    native: str
    chinese: str
    pinyin: str
    english: str
    region: str
    field: str


# Traditional characters of the names in these lists, to their simplified forms: a table's native
# form may be written in either ("劉強東", "刘强东"). Only characters used by names here.
_T2S = str.maketrans(
    "劉陳楊黃趙吳孫馬羅鄭謝許鄧馮韓蕭葉蔣蘇呂盧鍾鐘譚陸賈韋鄒閻閆龍賀顧龔萬錢嚴湯張偉傑濤剛華蘭軍國強紅飛鵬輝凱帥寧穎麗東雲鳳曉衛亞詩遠軒諾義維興達澤鴻銘嘉瑋媛韻愛豐濱瀾凜鄉產業單開長門問閩廣",
    "刘陈杨黄赵吴孙马罗郑谢许邓冯韩萧叶蒋苏吕卢钟钟谭陆贾韦邹阎闫龙贺顾龚万钱严汤张伟杰涛刚华兰军国强红飞鹏辉凯帅宁颖丽东云凤晓卫亚诗远轩诺义维兴达泽鸿铭嘉玮媛韵爱丰滨澜凛乡产业单开长门问闽广")


def simplified(han: str) -> str:
    return han.translate(_T2S)


def _rows(path: Path) -> Iterable[list[str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def names_table() -> dict:
    """The built-in names tables alone (canonical -> Person; a style entry under "style:<name>"),
    read without the other rule files."""
    from .passes.names import NAME, PASS
    from .rulefile import read_rules

    return read_rules((), PASS.kinds).get(NAME)


def notable_people(folder: Path = DATA) -> list[Notable]:
    return [Notable(*row) for row in _rows(folder / "notable_people.tsv")]


def key(name: str) -> str:
    """A spelling's comparison key: case, accents, apostrophes, hyphens and spaces ignored
    ("Ma Hua Teng", "Ma Huateng" and "Ma Hua-teng" are one key)."""
    s = unicodedata.normalize("NFKD", name.replace("ü", "u").replace("Ü", "U"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.lower() if c.isalnum())


def _orders(name: str) -> set[str]:
    """The key of a name in its own order and with its first word moved to the end (a surname
    written last, "Huateng Ma"), or its last word moved to the front."""
    words = name.replace("-", " ").split()
    out = {key(name)}
    if len(words) > 1:
        out.add(key(" ".join(words[1:] + words[:1])))
        out.add(key(" ".join(words[-1:] + words[:-1])))
    return out


def common_names(folder: Path = DATA) -> list[tuple[str, str]]:
    """Every common surname joined with every common given name: (characters, pinyin in Chinese
    order), in the order of the two lists."""
    surnames = list(_rows(folder / "common_surnames.tsv"))
    given = list(_rows(folder / "common_given_names.tsv"))
    return [(s + g, f"{sp} {gp}") for s, sp in surnames for g, gp in given]


def common_names_text(folder: Path = DATA) -> str:
    lines = ["# Common Chinese names, derived: every surname of common_surnames.tsv joined with every given",
             "# name of common_given_names.tsv (cleaner.names_data.common_names). Compiled for the cleaner",
             "# project. Columns: chinese, pinyin (a pinyin name may stand for several written names).",
             *(f"{c}\t{p}" for c, p in common_names(folder))]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Collision:
    canonical: str  # the table's person
    form: str  # the form in the table
    field: str  # variants, native, alias
    other: str  # who else it is: a notable person, or "a common name"
    source: str


def _notable_index(notables: list[Notable]) -> tuple[dict[str, list[Notable]], dict[str, list[Notable]]]:
    """The notable people by the key of every romanised spelling, and by every written form."""
    by_roman: dict[str, list[Notable]] = {}
    by_han: dict[str, list[Notable]] = {}
    for n in notables:
        for k in _orders(n.pinyin) | _orders(n.english):
            by_roman.setdefault(k, []).append(n)
        for h in {n.native, n.chinese, simplified(n.native)}:
            by_han.setdefault(h, []).append(n)
    return by_roman, by_han


def _common_index(folder: Path) -> tuple[dict[str, str], set[str]]:
    """The common names: key of every pinyin order -> the pinyin, and the written names."""
    common_roman: dict[str, str] = {}
    common_han: set[str] = set()
    for han, roman in common_names(folder):
        common_han.add(han)
        for k in _orders(roman):
            common_roman.setdefault(k, roman)
    return common_roman, common_han


def _own_rows(p, notables: list[Notable], by_han: dict[str, list[Notable]]) -> set[int]:
    """The ids of the person's own rows: by English name; else by a native form that only one
    listed person has (张勇 is two people: it identifies neither)."""
    own_keys = _orders(p.canonical)
    own = {id(n) for n in notables if _orders(n.english) & own_keys}
    if not own:
        natives = set(p.native) | {simplified(n) for n in p.native}
        own = {id(n) for h in natives for n in by_han.get(h, []) if len(by_han[h]) == 1}
    return own


def _table_forms(p) -> list[tuple[str, str]]:
    """Every form of a person with its field: variants, native, alias."""
    return [(v, "variants") for v in p.variants] + [(n, "native") for n in p.native] + [
        (a.alias, "alias") for a in p.ambiguous]


def collisions(people: Iterable, folder: Path = DATA, marked_only: bool = False) -> list[Collision]:
    """Every form of the table's people (``cleaner.passes.names.Person``) that is also another
    notable person's name, or a common Chinese name. With ``marked_only=False`` (the default)
    only the unmarked ones are returned: a form counts as marked when it is ``common = true``,
    of kind hallucination, or an alias."""
    notables = notable_people(folder)
    by_roman, by_han = _notable_index(notables)
    common_roman, common_han = _common_index(folder)
    out: list[Collision] = []
    for p in people:
        own = _own_rows(p, notables, by_han)
        for form, field in _table_forms(p):
            marked = field == "alias" or form in p.common or p.kind(form) == "hallucination"
            if marked and not marked_only:
                continue
            if field == "native":
                han = simplified(form)
                others = [n for n in dict.fromkeys(by_han.get(form, []) + by_han.get(han, [])) if id(n) not in own]
                common = form in common_han or han in common_han
            else:
                others = [n for k in _orders(form) for n in by_roman.get(k, []) if id(n) not in own]
                common = any(k in common_roman for k in _orders(form))
            for n in dict.fromkeys(others):
                out.append(Collision(p.canonical, form, field, f"{n.english} ({n.chinese}, {n.region}, {n.field})",
                                     p.source))
            if common:
                out.append(Collision(p.canonical, form, field, "a common Chinese name", p.source))
    return out
