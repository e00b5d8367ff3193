"""Language and script of a document.

Decided by script first: the share of Han, kana and hangul among letters settles Chinese,
Japanese and Korean without a statistical model. Only Latin- or Cyrillic-script text goes to
langdetect, and then only a short sample of its prose lines, with a fixed seed (so the answer is
the same on every run) and only the language profiles that the cleaner has use for.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .unicode import CJK, CYRILLIC, HAN, HANGUL, KANA, LATIN, CompiledOnUse  # noqa: F401 (CJK, KANA, HANGUL: re-exported)

_LATIN_RE = CompiledOnUse(f"[{LATIN}]")
HAN_RUN = CompiledOnUse(f"[{HAN}]+")  # a run of Han characters (compiled when a text has one)
# Runs, not single characters: counting is summing run lengths, with far fewer matches to build.
_RUNS = {name: CompiledOnUse(f"[{chars}]+") for name, chars in
         (("han", HAN), ("kana", KANA), ("hangul", HANGUL), ("latin", LATIN), ("cyrillic", CYRILLIC))}

CJK_LANGS = frozenset({"zh", "ja", "ko"})

# Languages langdetect may answer with. Fewer profiles load faster and confuse less.
PROFILES = (
    "ca", "cs", "da", "de", "en", "es", "fi", "fr", "hu", "id", "it", "nl", "no", "pl",
    "pt", "ro", "ru", "sv", "tl", "tr", "uk", "vi",
)
SAMPLE_CHARS = 600
MIN_LETTERS = 40
MIN_PROBABILITY = 0.9
WORDS_SAMPLE_CHARS = 1500
SCRIPT_SAMPLE_CHARS = 4000
UNDETERMINED = "und"

# Most Latin-script news is in a handful of languages whose function words give them away. A sample
# in which one language's own function words (none shared with the others listed) are at least a
# seventh of all words, and twice as frequent as any other language's, is decided without
# langdetect (which costs about 10 ms an article). Anything less clear goes to langdetect.
# Words are split on white space and stripped of punctuation: a regex scan costs several times more.
_STRIP = ".,;:!?\"'()[]{}«»“”‘’„‚‹›—–-…/*·"
FUNCTION_WORDS = {
    "en": "the and of to in is that for with was were are this from have has which will been their its by as on "
          "an it be not or at but they he she we you his her more than into can would also over about who",
    "de": "der die und das ist nicht mit sich auf für dem ein eine einen auch wird werden sind wurde nach bei "
          "von zu im den über oder wie noch nur einem einer eines ohne aus als dass durch gegen zum zur vom beim "
          "seit bis hat haben kann soll muss seine ihre sie wir uns sehr schon mehr bereits sowie jedoch während "
          "diese dieser dieses des am",
    "fr": "le les et est une du pour dans pas au aux sur qui avec ne ce cette sont été mais ou leur plus "
          "son sa ses elle il nous vous des par selon dont chez lors ont était avait aussi très après avant "
          "depuis sans sous ces nos leurs cela où même",
    "es": "el los las y del por es al más pero sus fue son está están este esta también entre hay sobre ya",
    "it": "il di che per non sono della delle degli gli anche nel nella alla dei è ha hanno questo questa più",
    "pt": "os das dos não com pelo pela foi são também uma um ao à seu sua mais muito já ainda",
    "nl": "het een van dat op zijn met voor niet ook aan er bij door naar wordt worden heeft hebben maar",
    "vi": "của và là các những được trong cho với này người không một có đã sẽ từ khi cũng",
}
_FUNCTION = {lang: frozenset(words.split()) for lang, words in FUNCTION_WORDS.items()}
# A word that is a function word of two languages (French and German "des", German and Portuguese
# "das") counts for both in a document's sample, where many other words decide; in one sentence it
# would decide alone, so there it counts for neither.
_OWN = {lang: words - frozenset().union(*(other for o, other in _FUNCTION.items() if o != lang))
        for lang, words in _FUNCTION.items()}


def _high_bytes(text: str) -> bytes:
    """The high byte of each UTF-16 code unit of ``text`` (its 256-character block), in C."""
    return text.encode("utf-16-be", "surrogatepass")[::2]


_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_LATIN1_NON_LETTERS = bytes(range(0xC0))  # of Latin-1, U+00C0-U+00FF count (as in LATIN)
_LATIN_0200 = CompiledOnUse("[\u0200-\u024f]")


def count(name: str, text: str, start: int = 0, end: int | None = None) -> int:
    """Characters of one script ('han', 'kana', 'hangul', 'latin', 'cyrillic') in text[start:end]."""
    end = len(text) if end is None else end
    if name == "latin":
        return _count_latin(text[start:end])
    return sum(map(len, _RUNS[name].findall(text, start, end)))


def _count_latin(part: str) -> int:
    """Characters in LATIN, counted in C: ASCII letters, then U+00C0-00FF from the Latin-1
    encoding, then whole UTF-16 blocks U+01xx and U+1Exx by their high byte; only the part block
    U+0200-024F needs a regex, and only when a character of that block is present."""
    n = len(part.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    if part.isascii():
        return n
    n += len(part.encode("latin-1", "ignore").translate(None, _LATIN1_NON_LETTERS))
    high = _high_bytes(part)
    n += high.count(0x01) + high.count(0x1E)
    if 0x02 in high:
        n += len(_LATIN_0200.findall(part))
    return n


# Scanning a text with a character-class regex costs about the same for every class, so the four
# non-Latin scripts are found in one scan, and told apart by the high byte of each character's
# UTF-16 code unit, counted in C. Within the characters that scan keeps, a high byte names one
# script, except 0x31 (kana U+31F0-31FF or hangul U+3130-318F) and surrogates (a supplementary Han
# character is two units: count the first).
_NON_LATIN_RUNS = CompiledOnUse(f"[{HAN}{KANA}{HANGUL}{CYRILLIC}]+")
_KANA_31 = CompiledOnUse("[\u31f0-\u31ff]")


def _byte_set(*ranges: tuple[int, int]) -> bytes:
    return bytes(b for lo, hi in ranges for b in range(lo, hi + 1))


def _not(keep: bytes) -> bytes:
    return bytes(b for b in range(256) if b not in keep)


_HI_DROP = {
    "han": _not(_byte_set((0x34, 0x9F), (0xF9, 0xFA), (0xD8, 0xDB))),
    "kana": _not(_byte_set((0x30, 0x30), (0xFF, 0xFF))),
    "hangul": _not(_byte_set((0x11, 0x11), (0xAC, 0xD7))),
    "cyrillic": _not(_byte_set((0x04, 0x04))),
}


_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def script_counts(text: str) -> dict[str, int]:
    # Dropping ASCII first is cheap (a run is consumed in one step), and leaves a short string
    # to scan in a mostly Latin text.
    joined = "".join(_NON_LATIN_RUNS.findall(_ASCII_RUNS.sub("", text)))
    high = _high_bytes(joined)
    counts = {name: len(high.translate(None, drop)) for name, drop in _HI_DROP.items()}
    shared = high.count(0x31)
    if shared:
        kana = len(_KANA_31.findall(joined))
        counts["kana"] += kana
        counts["hangul"] += shared - kana
    counts["latin"] = count("latin", text)
    return counts


# High bytes of UTF-16 code units that may start a CJK character (a superset: 0x30 also holds
# CJK punctuation), for a quick "certainly none" answer before any regex scan.
_MAYBE_CJK_DROP = _not(_byte_set((0x11, 0x11), (0x30, 0x31), (0x34, 0x9F), (0xAC, 0xD7), (0xD8, 0xDB),
                                 (0xF9, 0xFA), (0xFF, 0xFF)))


_HAN_HIGH_DROP = _not(_byte_set((0x34, 0x9F), (0xF9, 0xFA), (0xD8, 0xDB)))


def may_contain_han(text: str) -> bool:
    """False only when ``text`` certainly has no Han character: a test in C, many times cheaper
    than a regex scan, to run before one."""
    if text.isascii():
        return False
    return bool(_high_bytes(text).translate(None, _HAN_HIGH_DROP))


_HAN_FLAGS = bytes(0 if b in _HAN_HIGH_DROP else 1 for b in range(256))


def han_windows(text: str) -> list[tuple[int, int]] | None:
    """Maximal spans of ``text`` whose characters may be Han (by the high byte of their UTF-16
    code unit), found in C; every run of Han characters lies inside one. None when the text has
    characters outside the Basic Multilingual Plane (offsets would not line up): scan it all."""
    if text.isascii():
        return []
    high = _high_bytes(text)
    if len(high) != len(text):
        return None
    flags = high.translate(_HAN_FLAGS)
    out = []
    i = flags.find(1)
    while i >= 0:
        j = flags.find(0, i)
        j = len(flags) if j < 0 else j
        out.append((i, j))
        i = flags.find(1, j)
    return out


def finditer_in_windows(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]] | None):
    """``pattern.finditer(text)`` for a pattern whose matches lie inside ``windows`` (from
    :func:`han_windows`), or over the whole text when ``windows`` is None."""
    if windows is None:
        yield from pattern.finditer(text)
        return
    for start, end in windows:
        yield from pattern.finditer(text, start, end)


def _maybe_cjk_or_cyrillic(text: str, cyrillic_end: int) -> bool:
    high = _high_bytes(text)
    return bool(high.translate(None, _MAYBE_CJK_DROP)) or 0x04 in high[:cyrillic_end]


def dominant_script(counts: dict[str, int]) -> str:
    """ISO 15924-ish code of the script most of the text is written in."""
    han, kana, hangul = counts["han"], counts["kana"], counts["hangul"]
    cjk = han + kana + hangul
    # One CJK character carries about as much as a short word: weigh it like three letters.
    if cjk and cjk * 3 >= counts["latin"] + counts["cyrillic"]:
        if kana >= 0.05 * cjk:
            return "Jpan"
        if hangul > han:
            return "Kore"
        return "Hani"
    if counts["cyrillic"] > counts["latin"]:
        return "Cyrl"
    if counts["latin"]:
        return "Latn"
    return "Zyyy"


def chinese_variant(text: str) -> str:
    """'Hant' if Traditional-only characters outnumber Simplified-only ones, else 'Hans'."""
    from .simplified_traditional import simplified_only_count, traditional_only_count

    return "Hant" if traditional_only_count(text) > simplified_only_count(text) else "Hans"


def detect_script(text: str) -> str:
    """The document's script: 'Latn', 'Cyrl', 'Hans', 'Hant', 'Jpan', 'Kore' or 'Zyyy'.

    Cheap: a test in C settles most Latin-script text without counting.
    """
    head = text[:SCRIPT_SAMPLE_CHARS]
    if not _maybe_cjk_or_cyrillic(text[: SCRIPT_SAMPLE_CHARS * 4], SCRIPT_SAMPLE_CHARS):
        # The common case, decided without counting: Latin script, or no letters at all.
        if head.isascii():  # (ASCII letters are the ASCII part of LATIN)
            return "Latn" if head.encode("ascii").translate(None, _ASCII_NON_LETTERS) else "Zyyy"
        return "Latn" if _LATIN_RE.search(head) else "Zyyy"
    counts = script_counts(head)
    if counts["han"] == 0 and len(text) > SCRIPT_SAMPLE_CHARS:
        # A Latin head can hide a Chinese body only if the body has Han characters.
        counts["han"] = count("han", text, SCRIPT_SAMPLE_CHARS, SCRIPT_SAMPLE_CHARS * 4)
    script = dominant_script(counts)
    return chinese_variant(text) if script == "Hani" else script


SCRIPT_LANGS = {"Jpan": "ja", "Kore": "ko", "Hans": "zh", "Hant": "zh"}


def detect_language(text: str, script: str) -> str:
    """The document's language, given its script (from :func:`detect_script`)."""
    if script in SCRIPT_LANGS:
        return SCRIPT_LANGS[script]
    if script in ("Latn", "Cyrl"):
        return _by_function_words(_sample(text, WORDS_SAMPLE_CHARS)) or _langdetect(_sample(text))
    return UNDETERMINED


def _function_word_scores(sample: str, function: dict[str, frozenset] = _FUNCTION) -> tuple[int, list[tuple[int, str]]]:
    """The number of words of ``sample``, and how many of them are each language's function
    words (``function``), highest first."""
    words = [w for w in (t.strip(_STRIP) for t in sample.lower().split()) if w and not w[0].isdigit()]
    counts = Counter(words)
    seen = counts.keys()
    return len(words), sorted(((sum(counts[w] for w in seen & fw), lang) for lang, fw in function.items()), reverse=True)


def _by_function_words(sample: str) -> str | None:
    n, scores = _function_word_scores(sample)
    if n < 20:
        return None
    (best, lang), (second, _) = scores[0], scores[1]
    return lang if best >= n / 7 and best >= 2 * second else None


def short_text_language(text: str) -> str | None:
    """For a text too short for the detector (a one-sentence record): the language whose own
    function words it uses, when that language clearly leads (twice as many as any other, and
    one more). A mostly-Latin sentence with a CJK run is a translation with a leftover: "we don't
    bet on a single赛道." is English by "we" and "on"."""
    _, scores = _function_word_scores(text[:2000], _OWN)
    (best, lang), (second, _) = scores[0], scores[1]
    return lang if best >= 1 and best >= 2 * second + 1 else None


def _sample(text: str, size: int = SAMPLE_CHARS) -> str:
    """The first prose lines of a document, up to ``size`` characters: chrome lines say little."""
    parts: list[str] = []
    total = 0
    for line in text[: size * 8].splitlines():
        line = line.strip()
        if len(line) < 40:
            continue
        parts.append(line)
        total += len(line)
        if total >= size:
            break
    sample = " ".join(parts) if parts else text
    return sample[:size]


@lru_cache(maxsize=1)
def _factory():
    from importlib import resources

    from langdetect.detector_factory import DetectorFactory

    factory = DetectorFactory()
    base = resources.files("langdetect") / "profiles"
    factory.load_json_profile([(base / code).read_text(encoding="utf-8") for code in PROFILES])
    factory.seed = 0
    return factory


@lru_cache(maxsize=1024)  # a round after an edit, and a page of a batch, often give the same sample again
def _langdetect(sample: str) -> str:
    from langdetect.lang_detect_exception import LangDetectException

    # Too little text to tell a language by: say so rather than guess.
    if count("latin", sample) + count("cyrillic", sample) < MIN_LETTERS:
        return UNDETERMINED
    detector = _factory().create()
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return UNDETERMINED
    # An unsure answer on a short or garbled text would flip as cleaning edits it: don't guess.
    return best.lang if best.prob >= MIN_PROBABILITY else UNDETERMINED
