"""line-scorer: how likely each line of a plain-text page is scrape chrome, from its shape and its
neighbours, and which runs of lines are chrome on strong evidence.

    Home | World | Business | Sport              0.99  chrome (menu-like, before the prose)
    Share prices fell 3% on Monday, as ...       0.01
    Sign up for our morning newsletter           0.97  chrome (after the prose)

The model is two small logistic layers (``cleaner/models/linescorer.json``, built by
``training/train.py``; see ``cleaner/models/README.md``). The first scores a line from its own
shape (length, punctuation, stop-word share per language, CJK character classes, title case,
link-like and menu-like shape, hashed words and CJK character pairs), its neighbours' shape
(windows of 2 and 5 lines), its repetition inside the document and where it sits relative to
the prose mass in lines (never its absolute line number). The second reads the first layer's
scores of the neighbours, so a headline in a list of headlines scores like its list.

Deciding (``chrome_spans``) is separate from scoring: a line goes only when the model is sure,
and the threshold is far higher inside the prose mass than outside it. Lines that look like
structured content (label/value boxes, table rows, a list under a heading) never go: they are
reported (``suspect_spans``) instead. Features are computed for the whole document at once and
the model is loaded once, lazily; nothing here needs a dependency.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from functools import lru_cache
from operator import itemgetter, mul
from pathlib import Path
from typing import Callable, NamedTuple, Optional, Union

from .unicode import CJK

RULE_ID = "line-scorer"
MODEL_PATH = Path(__file__).parent / "models" / "linescorer.json"

# Function words per language, written for this project (the most frequent words of running
# prose; menus, buttons and headlines have few of them).
STOP_WORDS = {
    "en": "the a an and of to in is that for with was were are this from have has had which will been their "
          "its by as on it be not or at but they he she we you his her our than into can would also over "
          "about who said after when there what all one",
    "de": "der die das und ist nicht mit sich auf für dem den des ein eine einen einer auch wird werden sind "
          "wurde nach bei von zu im über oder wie noch nur sie er es wir hat haben war dass aber",
    "fr": "le la les et est un une des du de pour dans pas au aux sur qui que avec ne ce cette sont été mais "
          "ou leur plus son sa ses elle il nous vous en a par se",
    "es": "el la los las y de del en por es al más pero sus fue son está este esta también entre hay sobre "
          "ya que un una se con para como lo su",
    "it": "il lo la di che per non sono della delle degli gli anche nel nella alla dei è ha hanno questo "
          "questa più un una con si da",
    "pt": "o a os as de das dos do da não com pelo pela foi são também uma um ao à seu sua mais muito já "
          "ainda em que se para por",
    "nl": "het een van dat op zijn met voor niet ook aan er bij door naar wordt worden heeft hebben maar de",
    "ru": "и в не на что с по как это он она они его её к из за от для у же но было был была бы то так "
          "также который которые при о после",
    "vi": "của và là các những được trong cho với này người không một có đã sẽ từ khi cũng đến theo tại "
          "về ông bà vào nhiều",
    "pl": "i w nie na że się z do to jest jak po od za o jego ale przez był była było są",
}
# Function characters of Chinese and Japanese prose: particles, copulas, pronouns.
CJK_FUNCTION = {
    "zh": set("的了是在和也就都而及与與这這那有为為对對将將把被从從中上我他她们們个個着著说說"),
    "ja": set("のはがをにでともたしてなかいるれますですっ"),
    "ko": set("은는이가을를에의도로와과하다고서"),
}
_STOP_ALL = frozenset(w for words in STOP_WORDS.values() for w in words.split())
_STOP = {lang: frozenset(words.split()) for lang, words in STOP_WORDS.items()}
_CJK_FN_ALL = frozenset(set().union(*CJK_FUNCTION.values()))

_CJK_RUN = re.compile(f"[{CJK}]+")
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s")
_SENT_END = tuple(".!?。！？…\"'”’»）)」』")
_BULLET = tuple("•·∙・‧◦▪▫‣►▸▶▷-–—*+○●◎◇◆□■☆★✓✔→»›")
_SEP = re.compile(r"\s[|•·›»/]\s|\s{3,}|\t")
_URLISH = re.compile(r"https?://|www\.|\.(?:com|org|net|html?)\b|@\w", re.IGNORECASE)
_COPY = re.compile(r"©|\(c\)|copyright|all rights reserved|版权|版權|著作権|저작권", re.IGNORECASE)
_DATE = re.compile(r"\b(?:19|20)\d\d\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d\d|\d+\s*(?:年|月|日|時|分)")
_LABEL = re.compile(r"^[^\s:：]{1,30}(?:\s[^\s:：]{1,20}){0,3}\s*[:：]\s*\S")
_TABLE = re.compile(r"\S.*?(?:\t|\s{2,}|\u3000)\S.*")
_HEADING_START = tuple("■□◆◇●▼▽▶【〔［[#")

HASH_BUCKETS = 4096

# A language code, None (unknown: the function words of every language), or a function giving
# either (called only when a text is worth scoring).
Lang = Union[str, None, Callable[[], Optional[str]]]


class Span(NamedTuple):
    """Lines ``first..last`` (indices into the document's lines, inclusive), the lowest chrome
    score among them, and why."""

    first: int
    last: int
    score: float
    reason: str


# -- the model -----------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _model() -> dict:
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    model["h1"] = model["hash1"]
    # standardisation folded into the weights: w * (x - mean) / scale = (w / scale) * x - w * mean / scale
    for layer in ("1", "2"):
        w, mean, scale = model["w" + layer], model["mean" + layer], model["scale" + layer]
        model["ws" + layer] = [wi / si for wi, si in zip(w, scale)]
        model["bs" + layer] = model["b" + layer] - sum(wi * mi / si for wi, mi, si in zip(w, mean, scale))
    return model


def _sigmoid(x: float) -> float:
    if x < -30:
        return 0.0
    if x > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-x))


# -- features ------------------------------------------------------------------------------
def _hash(token: str) -> int:
    return zlib.crc32(token.encode("utf-8")) % HASH_BUCKETS


class LineParts(NamedTuple):
    """What one stripped line is made of: the counts its shape features are computed from."""

    chars: int
    words: list[str]  # runs of letters, CJK runs included
    cjk_runs: list[str]
    cjk: int  # CJK characters
    latin_words: list[str]  # the words that are not CJK runs
    lower_words: list[str]  # the same, lower-cased
    tokens: float  # latin words, and CJK characters counted two to a word
    digits: int
    letters: int
    punct: int
    function_chars: int  # CJK function characters (particles, copulas, pronouns)
    stop_ratio: float  # share of tokens that are function words
    ends_sentence: bool


def _share(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def line_parts(s: str, stop: frozenset, cjk_fn: frozenset) -> LineParts:
    """Count the words, CJK characters, digits and punctuation of one stripped line."""
    n = len(s)
    words = _WORD.findall(s)
    cjk_runs = _CJK_RUN.findall(s) if not s.isascii() else []
    cjk = sum(map(len, cjk_runs))
    latin_words = [w for w in words if not _CJK_RUN.fullmatch(w)] if cjk else words
    lw = [w.lower() for w in latin_words]
    tokens = len(lw) + cjk / 2.0
    digits = len(_DIGIT.findall(s))
    spaces = len(_SPACE.findall(s))
    letters = sum(map(len, words))
    punct = max(0, n - letters - digits - spaces)
    stop_hits = sum(1 for w in lw if w in stop)
    fn_hits = sum(1 for ch in "".join(cjk_runs) if ch in cjk_fn)
    stop_ratio = _share(stop_hits + fn_hits / 1.5, tokens)
    return LineParts(n, words, cjk_runs, cjk, latin_words, lw, tokens, digits, letters, punct, fn_hits,
                     stop_ratio, s.endswith(_SENT_END))


def _is_prose(p: LineParts) -> bool:
    """A sentence of prose: it ends like one and is long or has many words."""
    return p.ends_sentence and (p.chars >= 150 or (p.chars >= 40 and (len(p.lower_words) >= 10 or p.cjk >= 40)))


def _is_running(p: LineParts, prose: bool) -> bool:
    """Running text, possibly cut by a hard wrap: prose, or many words many of which are
    function words."""
    return (prose or (p.chars >= 50 and len(p.lower_words) >= 10 and p.stop_ratio >= 0.25)
            or (p.cjk >= 20 and p.function_chars >= 2))


def _all_caps(s: str, p: LineParts) -> bool:
    return bool(p.latin_words) and s.upper() == s and p.letters > 3


def _open_end(s: str, p: LineParts) -> bool:
    """A longer line that stops mid-sentence (on a word or a comma)."""
    return p.chars >= 40 and not p.ends_sentence and (s[-1].isalnum() or s[-1] in ",，、")


def _dense_shape(s: str, p: LineParts, prose: bool, running: bool) -> list[float]:
    """The line's dense features, in the order of SHAPE_NAMES."""
    n = p.chars
    first = next((ch for ch in s if ch.isalpha()), "")
    commas = s.count(",") + s.count("，") + s.count("、") + s.count(";")
    return [
        math.log1p(n),
        math.log1p(p.tokens),
        _share(p.cjk, n),
        _share(p.digits, n),
        _share(p.punct, n),
        float(p.ends_sentence),
        float(s.endswith(("?", "？"))),
        float(s.endswith((":", "："))),
        _share(sum(1 for w in p.latin_words if w[0].isupper()), len(p.latin_words)),
        float(_all_caps(s, p)),
        min(p.stop_ratio, 1.0),
        _share(commas, p.tokens),
        float(s.startswith(_BULLET)),
        float(bool(_SEP.search(s))),
        float(bool(_URLISH.search(s))),
        float(bool(_COPY.search(s))),
        float(bool(_DATE.search(s))),
        float(bool(_LABEL.match(s)) and n <= 100),
        float(bool(_TABLE.fullmatch(s)) and n <= 100),
        float(prose),
        float(n < 30),
        float(s.startswith(_HEADING_START)),
        float(p.tokens <= 3),
        float(first.islower()),
        float(_open_end(s, p)),
        float(running),
    ]


def _hashed_tokens(p: LineParts) -> list[int]:
    """Hash buckets of the line's words (its first 40), its CJK character pairs (40 per run, of
    its first 20 runs), a lone CJK character, and its first and last word."""
    lw = p.lower_words
    hashed = [_hash("w:" + w) for w in lw[:40]]
    for run in p.cjk_runs[:20]:
        hashed.extend(_hash("c:" + run[k:k + 2]) for k in range(min(len(run) - 1, 40)))
        if len(run) == 1:
            hashed.append(_hash("c:" + run))
    if lw:
        hashed.append(_hash("first:" + lw[0]))
        hashed.append(_hash("last:" + lw[-1]))
    return hashed


def line_shape(s: str, stop: frozenset, cjk_fn: frozenset) -> tuple[list[float], list[int], bool]:
    """The shape of one stripped line: dense features, hashed tokens, whether it is running text."""
    parts = line_parts(s, stop, cjk_fn)
    prose = _is_prose(parts)
    running = _is_running(parts, prose)
    return _dense_shape(s, parts, prose, running), _hashed_tokens(parts), running


SHAPE_NAMES = ["log_chars", "log_tokens", "cjk_share", "digit_share", "punct_share", "ends_sentence",
               "ends_question", "ends_colon", "title_case", "all_caps", "stop_ratio", "commas_per_token",
               "bullet", "separators", "url_like", "copyright", "date_like", "label_value", "table_row",
               "prose", "short", "heading_mark", "few_tokens", "starts_lower", "open_end", "running_text"]
RUNNING = SHAPE_NAMES.index("running_text")
# the neighbour features: length, tokens, sentence end, case, stops, prose, starts lower, open end, running text
_SELF_FOR_CONTEXT = (0, 1, 5, 8, 10, 19, 23, 24, 25)


def prose_mass(prose_weight: list[float]) -> tuple[int, int]:
    """The run of lines (over non-blank lines) with the most prose in it: the largest-sum
    segment of per-line weights (prose lines positive, the others negative)."""
    best, best_lo, best_hi = 0.0, 0, -1
    cur, lo = 0.0, 0
    for i, w in enumerate(prose_weight):
        if cur <= 0:
            cur, lo = 0.0, i
        cur += w
        if cur > best:
            best, best_lo, best_hi = cur, lo, i
    return best_lo, best_hi


def _norm_key(s: str) -> str:
    return " ".join(s.casefold().split())


def _function_words(lang: str | None) -> tuple[frozenset, frozenset]:
    """The stop words and CJK function characters of ``lang``; of every language when unknown."""
    code = (lang or "").split("-")[0].lower()
    return _STOP.get(code, _STOP_ALL), frozenset(CJK_FUNCTION.get(code, _CJK_FN_ALL))


def _prose_weight(texts: list[str], running: list[bool]) -> list[float]:
    """Per line, how much it pulls the prose mass towards it: running text by its length, any
    other line against it."""
    return [min(len(s), 400) if run else -(15 + min(len(s), 80) * 0.5) for s, run in zip(texts, running)]


def _repeats(texts: list[str]) -> list[int]:
    """Per line, how many lines of the document read the same (itself included)."""
    keys = [_norm_key(s) for s in texts]
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    return [counts[k] for k in keys]


def _document_features(texts: list[str], running: list[bool], lo: int, hi: int) -> list[float]:
    """Its lines, its share of running text and how much of it the prose mass holds."""
    m = len(texts)
    prose_lines = sum(1 for run in running if run)  # lines of running text
    total_chars = sum(len(s) for s in texts) or 1
    mass_chars = sum(len(s) for s in texts[lo:hi + 1]) if hi >= lo else 0
    return [math.log1p(m), _share(prose_lines, m), mass_chars / total_chars, math.log1p(max(0, hi - lo + 1))]


class _Context:
    """The shape features a line's neighbours are described by, and their prefix sums (for the
    mean over a window of neighbours in constant time)."""

    def __init__(self, shapes: list) -> None:
        self.rows = [[sh[0][k] for k in _SELF_FOR_CONTEXT] for sh in shapes]
        self.zero = [0.0] * len(_SELF_FOR_CONTEXT)
        width = len(self.zero)
        self.cum = [self.zero]
        for c in self.rows:
            last = self.cum[-1]
            self.cum.append([last[k] + c[k] for k in range(width)])

    def features(self, p: int) -> list[float]:
        """Line ``p``'s neighbours: the two each side (and whether they exist), then the means
        over 2 and 5 lines each side (the line itself left out)."""
        rows, zero, m = self.rows, self.zero, len(self.rows)
        out: list[float] = []
        for off in (-2, -1, 1, 2):
            q = p + off
            out.extend(rows[q] if 0 <= q < m else zero)
            out.append(float(0 <= q < m))
        for width in (2, 5):
            out.extend(self._mean(p, width))
        return out

    def _mean(self, p: int, width: int) -> list[float]:
        a, b = max(0, p - width), min(len(self.rows), p + width + 1)
        count = b - a - 1
        if not count:
            return self.zero
        lo_sum, hi_sum, own = self.cum[a], self.cum[b], self.rows[p]
        return [(hi_sum[k] - lo_sum[k] - own[k]) / count for k in range(len(own))]


def _mass_position(p: int, lo: int, hi: int) -> list[float]:
    """Where line ``p`` sits relative to the prose mass ``lo..hi``: inside, lines before, lines
    after, lines from its nearer edge, and whether there is no mass at all."""
    if hi < lo:
        return [0.0, 0.0, 0.0, 0.0, 1.0]
    inside = lo <= p <= hi
    before = math.log1p(lo - p) if p < lo else 0.0
    after = math.log1p(p - hi) if p > hi else 0.0
    edge = math.log1p(min(p - lo, hi - p)) if inside else 0.0
    return [float(inside), before, after, edge, 0.0]


def features(lines: list[str], lang: str | None = None) -> tuple[list[int], list[list[float]], list[list[int]],
                                                                    tuple[int, int]]:
    """For the non-blank lines of a document: their indices, dense features, hashed tokens and
    the prose mass (as positions in the non-blank list)."""
    stop, cjk_fn = _function_words(lang)
    idx = [i for i, s in enumerate(lines) if s.strip()]
    texts = [lines[i].strip() for i in idx]
    shapes = [line_shape(s, stop, cjk_fn) for s in texts]
    running = [sh[2] for sh in shapes]
    lo, hi = prose_mass(_prose_weight(texts, running))
    repeats = _repeats(texts)
    doc = _document_features(texts, running, lo, hi)
    context = _Context(shapes)
    rows = []
    for p, shape in enumerate(shapes):
        dense = list(shape[0])
        dense.extend(context.features(p))
        dense.extend(_mass_position(p, lo, hi))
        dense.append(math.log1p(repeats[p] - 1))
        dense.extend(doc)
        rows.append(dense)
    return idx, rows, [sh[1] for sh in shapes], (lo, hi)


def _stage2_row(p1: list[float], p: int, row: list[float]) -> list[float]:
    m = len(p1)
    out = [math.log(max(p1[p], 1e-6) / max(1 - p1[p], 1e-6))]
    for off in (-2, -1, 1, 2):
        q = p + off
        out.append(p1[q] if 0 <= q < m else 0.5)
    for width in (2, 5, 10):
        vals = p1[max(0, p - width):p] + p1[p + 1:p + width + 1] or [0.5]
        out.append(sum(vals) / len(vals))
        out.append(min(vals))
    # where the line sits relative to the prose mass, and the document
    out.extend(row[-10:])
    return out


STAGE2_NAMES = (["self_logit"] + [f"p1[{o:+d}]" for o in (-2, -1, 1, 2)]
                + [f"{f}{w}" for w in (2, 5, 10) for f in ("mean", "min")]
                + ["inside_mass", "before_mass", "after_mass", "from_mass_edge", "no_mass", "repeats",
                   "doc_lines", "doc_prose_share", "mass_char_share", "mass_lines"])


def _score(lines: list[str], lang: str | None, model: dict | None = None):
    """The two layers line by line, the plain way (training reads the same :func:`features`);
    deciding uses :func:`_score_bulk`, which a test holds to this."""
    model = model or _model()
    idx, rows, hashed, mass = features(lines, lang)
    w1, h1, b1 = model["ws1"], model["h1"], model["bs1"]
    p1 = []
    for row, hs in zip(rows, hashed):
        z = b1 + sum(map(mul, row, w1))
        if hs:
            inv = 1.0 / math.sqrt(len(hs))
            for h in hs:
                z += h1[h] * inv
        p1.append(_sigmoid(z))
    w2, b2 = model["ws2"], model["bs2"]
    p2 = [_sigmoid(b2 + sum(map(mul, _stage2_row(p1, p, row), w2))) for p, row in enumerate(rows)]
    return idx, rows, p2, mass


# -- the same scores, computed in bulk ------------------------------------------------------
# Both layers are linear before their sigmoid, and so are the neighbour features: the mean of the
# neighbours' features over a window, weighted, is the mean of each neighbour's weighted sum. So a
# line contributes a few numbers that depend on its text alone (its own part of the first layer
# and one weighted sum per neighbour slot), kept with its shape across the scans of a page, and
# every line's first-layer score is a handful of additions. _score is the plain way (what
# training uses, and what the tests hold this to).
_N_SELF = len(SHAPE_NAMES)
_N_CTX = len(_SELF_FOR_CONTEXT)
_OFFSETS = (-2, -1, 1, 2)
_WIDTHS1 = (2, 5)


@lru_cache(maxsize=1)
def _bulk_weights() -> dict:
    """The first layer's weights cut into the blocks of :func:`features`' row."""
    m = _model()
    w = m["ws1"]
    at = _N_SELF
    slots = []
    for _ in _OFFSETS:
        slots.append((w[at:at + _N_CTX], w[at + _N_CTX]))  # the neighbour's features, and "it exists"
        at += _N_CTX + 1
    means = []
    for _ in _WIDTHS1:
        means.append(w[at:at + _N_CTX])
        at += _N_CTX
    return {"self": w[:_N_SELF], "slots": slots, "means": means, "rest": w[at:], "b1": m["bs1"],
            "h1": m["h1"], "w2": m["ws2"], "b2": m["bs2"]}


class _Line(NamedTuple):
    """What scoring needs of one line that depends on its text alone."""
    own: float  # its part of the first layer: its shape and its hashed words
    slot: tuple[float, ...]  # its weighted features as the neighbour at -2, -1, +1, +2
    mean: tuple[float, ...]  # ... and as one of the lines of a window of 2 and of 5
    running: bool


def _line_terms(shape: tuple[list[float], list[int], bool]) -> _Line:
    bw = _bulk_weights()
    dense, hashed, running = shape
    own = sum(map(mul, dense, bw["self"]))
    if hashed:
        h1 = bw["h1"]
        own += sum(h1[h] for h in hashed) / math.sqrt(len(hashed))
    ctx = [dense[k] for k in _SELF_FOR_CONTEXT]
    return _Line(own, tuple(sum(map(mul, ctx, w)) for w, _ in bw["slots"]),
                 tuple(sum(map(mul, ctx, w)) for w in bw["means"]), running)


# -- one line's terms, fast ------------------------------------------------------------------
# _line_terms_fast gives _line_terms(line_shape(s, ...)) (a test holds it to that on real text):
# the same numbers in the same order, with the regular expressions that cannot match a line
# skipped on a necessary condition (a date needs a digit, a label a colon, a table row a tab or
# two whitespace characters in a row, a separator one of its marks, a URL "://", an @, "ww." or
# a dot before c, o, n or h, a copyright line a ©, a parenthesis, "yr", "ved" or a CJK word for
# it), whitespace counted by str.split (the same characters as re's \s; spaces are counted
# directly in a line of ASCII with no other whitespace), each line's words read once and each
# hashed token's weight looked up once.
_FIRST_CHAR = itemgetter(0)
_ODD_SPACE = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1f]")  # ASCII whitespace other than the space
_SELF_CTX = itemgetter(*_SELF_FOR_CONTEXT)
TOKEN_CACHE = 1 << 16  # hashed tokens whose weight is kept (per kind); the cache starts again beyond this


class _TokenWeights(dict):
    """Token -> its first-layer weight (``h1`` at its hash bucket), computed on first use."""

    def __init__(self, prefix: str, h1: list[float]) -> None:
        super().__init__()
        self.prefix, self.h1 = prefix, h1

    def __missing__(self, token: str) -> float:
        weight = self[token] = self.h1[_hash(self.prefix + token)]
        return weight


@lru_cache(maxsize=1)
def _token_weights() -> dict[str, _TokenWeights]:
    h1 = _model()["h1"]
    return {prefix: _TokenWeights(prefix, h1) for prefix in ("w:", "c:", "first:", "last:")}


def _trim_token_weights() -> None:
    for cache in _token_weights().values():
        if len(cache) > TOKEN_CACHE:
            cache.clear()


def _hashed_weights(lw: list[str], cjk_runs: list[str]) -> list[float]:
    """The weights of :func:`_hashed_tokens`' buckets, in its order."""
    tw = _token_weights()
    out = list(map(tw["w:"].__getitem__, lw[:40]))
    if cjk_runs:
        pair = tw["c:"]
        for run in cjk_runs[:20]:
            out.extend([pair[run[k:k + 2]] for k in range(min(len(run) - 1, 40))])
            if len(run) == 1:
                out.append(pair[run])
    if lw:
        out.append(tw["first:"][lw[0]])
        out.append(tw["last:"][lw[-1]])
    return out


def _line_terms_fast(s: str, stop: frozenset, cjk_fn: frozenset) -> _Line:
    """``_line_terms(line_shape(s, stop, cjk_fn))``, computed in one go."""
    dense, weights, running = _dense_fast(s, stop, cjk_fn)
    bw = _bulk_weights()
    own = sum(map(mul, dense, bw["self"]))
    if weights:
        own += sum(weights) / math.sqrt(len(weights))
    ctx = _SELF_CTX(dense)
    (s0, _), (s1, _), (s2, _), (s3, _) = bw["slots"]
    m2, m5 = bw["means"]
    return _Line(own, (sum(map(mul, ctx, s0)), sum(map(mul, ctx, s1)), sum(map(mul, ctx, s2)), sum(map(mul, ctx, s3))),
                 (sum(map(mul, ctx, m2)), sum(map(mul, ctx, m5))), running)


class _Counts(NamedTuple):
    """What :func:`line_parts` counts, and what the fast path needs besides."""

    words: list[str]
    latin: list[str]
    lw: list[str]
    cjk_runs: list[str]
    cjk: int
    fn_hits: int
    tokens: float
    digits: int
    spaces: int
    run2: bool  # whether two whitespace characters may be in a row (False: they are not)
    run3: bool  # ... and three
    stop_ratio: float


TOKENS_KEPT = 1 << 15  # lines whose words are kept: deciding whether to score a text reads them too


@lru_cache(maxsize=TOKENS_KEPT)
def _tokens(s: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """A stripped line's words (runs of letters, CJK runs included), its CJK runs, the words
    that are not CJK runs, and those lower-cased (read, never changed, by their users)."""
    words = _WORD.findall(s)
    cjk_runs = [] if s.isascii() else _CJK_RUN.findall(s)
    latin = [w for w in words if not _CJK_RUN.fullmatch(w)] if cjk_runs else words
    return words, cjk_runs, latin, list(map(str.lower, latin))


def _counts_fast(s: str, stop: frozenset, cjk_fn: frozenset) -> _Counts:
    words, cjk_runs, latin, lw = _tokens(s)
    cjk = sum(map(len, cjk_runs))
    fn_hits = sum(map(cjk_fn.__contains__, "".join(cjk_runs))) if cjk else 0
    tokens = len(lw) + cjk / 2.0
    if s.isascii() and not _ODD_SPACE.search(s):  # the only whitespace: spaces
        spaces = s.count(" ")
        run2 = "  " in s
        run3 = run2 and "   " in s
    else:  # str.split splits on the characters re's \s matches; s is stripped
        parts = s.split()
        spaces = len(s) - sum(map(len, parts))
        doubled = spaces - len(parts) + 1  # whitespace beyond one character between two words
        run2, run3 = doubled >= 1, doubled >= 2
    stop_ratio = _share(sum(map(stop.__contains__, lw)) + fn_hits / 1.5, tokens)
    return _Counts(words, latin, lw, cjk_runs, cjk, fn_hits, tokens, len(_DIGIT.findall(s)), spaces,
                   run2, run3, stop_ratio)


def _has_date(s: str) -> bool:
    """_DATE.search(s), from the first digit (where any date starts; \\b still sees the character
    before it)."""
    first_digit = _DIGIT.search(s)
    return first_digit is not None and bool(_DATE.search(s, first_digit.start()))


def _maybe_separated(s: str, c: _Counts) -> bool:
    """Whether _SEP may match: a tab, three whitespace characters in a row, or one of its marks."""
    return ("\t" in s or c.run3 or "|" in s or "/" in s or "•" in s or "·" in s or "›" in s or "»" in s)


def _maybe_link(s: str, low: str) -> bool:
    """Whether _URLISH may match: "://", an @, "www." or a dot before com, org, net or htm."""
    return ("://" in s or "@" in s or ".c" in low or ".o" in low or ".n" in low or ".h" in low
            or "ww." in low)


def _maybe_copyright(s: str, low: str) -> bool:
    """Whether _COPY may match: ©, "(c)", copyright, all rights reserved or a CJK word for it."""
    return ("©" in s or "(" in s or "yr" in low or "ved" in low or "版" in s or "著" in s or "저" in s)


def _marks_fast(s: str, c: _Counts) -> list[float]:
    """Separators, link-like, copyright, date, label/value, table row: each regular expression
    run only where it can match. Lower-casing maps no other character onto the ASCII letters the
    link and copyright conditions look for (only İ and the Kelvin sign lower to ASCII: i̇, k)."""
    box = len(s) <= 100
    low = s.lower()
    return [
        float(_maybe_separated(s, c) and bool(_SEP.search(s))),
        float(_maybe_link(s, low) and bool(_URLISH.search(s))),
        float(_maybe_copyright(s, low) and bool(_COPY.search(s))),
        float(bool(c.digits) and _has_date(s)),
        float(box and (":" in s or "：" in s) and bool(_LABEL.match(s))),
        float(box and ("\t" in s or "\u3000" in s or c.run2) and bool(_TABLE.fullmatch(s))),
    ]


def _dense_fast(s: str, stop: frozenset, cjk_fn: frozenset) -> tuple[list[float], list[float], bool]:
    """The dense features of :func:`line_shape`, the weights of its hashed tokens, and whether
    the line is running text."""
    n = len(s)
    c = _counts_fast(s, stop, cjk_fn)
    nl = len(c.lw)
    letters = sum(map(len, c.words))
    ends = s.endswith(_SENT_END)
    prose = ends and (n >= 150 or (n >= 40 and (nl >= 10 or c.cjk >= 40)))
    running = prose or (n >= 50 and nl >= 10 and c.stop_ratio >= 0.25) or (c.cjk >= 20 and c.fn_hits >= 2)
    first = s[0] if s[0].isalpha() else next((ch for ch in s if ch.isalpha()), "")
    commas = s.count(",") + s.count("，") + s.count("、") + s.count(";")
    dense = [
        math.log1p(n),
        math.log1p(c.tokens),
        c.cjk / n,
        c.digits / n,
        max(0, n - letters - c.digits - c.spaces) / n,
        float(ends),
        float(s.endswith(("?", "？"))),
        float(s.endswith((":", "："))),
        _share(sum(map(str.isupper, map(_FIRST_CHAR, c.latin))), nl),
        float(bool(c.latin) and letters > 3 and s.upper() == s),
        min(c.stop_ratio, 1.0),
        _share(commas, c.tokens),
        float(s.startswith(_BULLET)),
    ]
    dense += _marks_fast(s, c)
    dense += [
        float(prose),
        float(n < 30),
        float(s.startswith(_HEADING_START)),
        float(c.tokens <= 3),
        float(first.islower()),
        float(n >= 40 and not ends and (s[-1].isalnum() or s[-1] in ",，、")),
        float(running),
    ]
    return dense, _hashed_weights(c.lw, c.cjk_runs), running


def _window_mean(cum: list[float], terms: list[float], p: int, width: int) -> float:
    a, b = max(0, p - width), min(len(terms), p + width + 1)
    count = b - a - 1
    return (cum[b] - cum[a] - terms[p]) / count if count else 0.0


def _prefix(values: list[float]) -> list[float]:
    cum = [0.0]
    for v in values:
        cum.append(cum[-1] + v)
    return cum


def _first_layer(terms: list[_Line], rest: list[float]) -> list[float]:
    """The first layer's probability for every line (``rest``: the weights of the position,
    repetition and document features, whose values come with each line below). A neighbour
    beyond the text adds 0.0 (nothing), as does the mean over a window without neighbours."""
    bw = _bulk_weights()
    m = len(terms)
    # each line as the neighbour at -2, -1, +1, +2: its weighted features and "it exists"
    (_, e0), (_, e1), (_, e2), (_, e3) = bw["slots"]
    pad = [0.0, 0.0]
    n0 = pad + [t.slot[0] + e0 for t in terms] + pad
    n1 = pad + [t.slot[1] + e1 for t in terms] + pad
    n2 = pad + [t.slot[2] + e2 for t in terms] + pad
    n3 = pad + [t.slot[3] + e3 for t in terms] + pad
    mean2 = [t.mean[0] for t in terms]
    mean5 = [t.mean[1] for t in terms]
    cum2, cum5 = _prefix(mean2), _prefix(mean5)
    b1 = bw["b1"]
    out = []
    for p, t in enumerate(terms):
        z = b1 + t.own
        z += n0[p]  # the line at p - 2 (n0 is shifted by two)
        z += n1[p + 1]
        z += n2[p + 3]
        z += n3[p + 4]
        a, b = max(0, p - 2), min(m, p + 3)
        z += (cum2[b] - cum2[a] - mean2[p]) / (b - a - 1) if b - a > 1 else 0.0
        a, b = max(0, p - 5), min(m, p + 6)
        z += (cum5[b] - cum5[a] - mean5[p]) / (b - a - 1) if b - a > 1 else 0.0
        z += rest[p]
        out.append(0.0 if z < -30 else 1.0 if z > 30 else 1.0 / (1.0 + math.exp(-z)))
    return out


def _second_layer(p1: list[float], tail: list[float]) -> list[float]:
    """The context layer's probability for every line (``tail``: each line's weighted position
    and document features). Neighbours beyond the text read 0.5; the minimum over a window
    reads 1.0 there, which no score exceeds."""
    w2, b2 = _bulk_weights()["w2"], _bulk_weights()["b2"]
    w_self, w_m2, w_m1, w_p1, w_p2 = w2[:5]
    w_mean2, w_low2, w_mean5, w_low5, w_mean10, w_low10 = w2[5:11]
    m = len(p1)
    cum = _prefix(p1)
    near = [0.5, 0.5] + p1 + [0.5, 0.5]
    low = [1.0] * 10 + p1 + [1.0] * 10  # p1[p] is low[p + 10]
    out = []
    for p, v in enumerate(p1):
        z = b2 + w_self * math.log(max(v, 1e-6) / max(1 - v, 1e-6))
        z += w_m2 * near[p]
        z += w_m1 * near[p + 1]
        z += w_p1 * near[p + 3]
        z += w_p2 * near[p + 4]
        if m > 1:
            left, right = min(low[p + 8], low[p + 9]), min(low[p + 11], low[p + 12])
            a, b = max(0, p - 2), min(m, p + 3)
            z += w_mean2 * ((cum[b] - cum[a] - v) / (b - a - 1)) + w_low2 * min(left, right)
            left = min(left, low[p + 5], low[p + 6], low[p + 7])
            right = min(right, low[p + 13], low[p + 14], low[p + 15])
            a, b = max(0, p - 5), min(m, p + 6)
            z += w_mean5 * ((cum[b] - cum[a] - v) / (b - a - 1)) + w_low5 * min(left, right)
            left, right = min(left, min(low[p:p + 5])), min(right, min(low[p + 16:p + 21]))
            a, b = max(0, p - 10), min(m, p + 11)
            z += w_mean10 * ((cum[b] - cum[a] - v) / (b - a - 1)) + w_low10 * min(left, right)
        else:
            z += w_mean2 * 0.5 + w_low2 * 0.5
            z += w_mean5 * 0.5 + w_low5 * 0.5
            z += w_mean10 * 0.5 + w_low10 * 0.5
        z += tail[p]
        out.append(0.0 if z < -30 else 1.0 if z > 30 else 1.0 / (1.0 + math.exp(-z)))
    return out


def _position_terms(m: int, lo: int, hi: int, repeats: list[int], doc: list[float]
                    ) -> tuple[list[float], list[float]]:
    """Per line, the weighted position, repetition and document features of the first layer
    and of the second; computed once for each (side of the prose mass, distance, repeats): the
    lines that share them (as many at one edge of the mass as at the other) share the sums."""
    rest_w = _bulk_weights()["rest"]
    tail_w = _bulk_weights()["w2"][11:]
    known: dict[tuple[int, int, int], tuple[float, float]] = {}
    rest, tail = [], []
    for p in range(m):
        if hi < lo:
            key = (0, 0, repeats[p])
        elif p < lo:
            key = (1, lo - p, repeats[p])
        elif p > hi:
            key = (2, p - hi, repeats[p])
        else:
            key = (3, min(p - lo, hi - p), repeats[p])
        sums = known.get(key)
        if sums is None:
            row = _mass_position(p, lo, hi) + [math.log1p(repeats[p] - 1)] + doc
            sums = known[key] = (sum(map(mul, row, rest_w)), sum(map(mul, row, tail_w)))
        rest.append(sums[0])
        tail.append(sums[1])
    return rest, tail


def _score_bulk(lines: list[str], lang: str | None, memo: dict | None = None):
    """(indices of the non-blank lines, whether each is running text, their chrome probability,
    the prose mass): the numbers of :func:`_score`, computed in bulk. ``memo`` keeps each line's
    shape and terms for scoring the same lines again."""
    stop, cjk_fn = _function_words(lang)
    memo = {} if memo is None else memo
    idx = [i for i, s in enumerate(lines) if s.strip()]
    texts = [lines[i].strip() for i in idx]
    terms = []
    for s in texts:
        got = memo.get(s)
        if got is None:
            got = memo[s] = _line_terms_fast(s, stop, cjk_fn)
        terms.append(got)
    _trim_token_weights()
    running = [t.running for t in terms]
    lo, hi = prose_mass(_prose_weight(texts, running))
    repeats = _repeats(texts)
    doc = _document_features(texts, running, lo, hi)
    rest, tail = _position_terms(len(texts), lo, hi, repeats, doc)
    p2 = _second_layer(_first_layer(terms, rest), tail)
    return idx, running, p2, (lo, hi)


def score_lines(lines: list[str], lang: str | None = None) -> list[float]:
    """For every line, the probability that it is scrape chrome (0.0 for blank lines)."""
    out = [0.0] * len(lines)
    idx, _, p2, _ = _score_bulk(lines, lang)
    for i, p in zip(idx, p2):
        out[i] = p
    return out


# -- deciding ------------------------------------------------------------------------------
def _thresholds() -> dict:
    return _model()["thresholds"]


_NOT_SIGN = re.compile(r"[^\W\d_]+|\s+")


@lru_cache(maxsize=1 << 16)
def _signature(s: str) -> str:
    """The line's digits (as 0) and punctuation, when it has a digit and another mark."""
    if len(s) > 150:
        return ""
    sig = re.sub(r"\d+", "0", _NOT_SIGN.sub("", s))
    return sig if "0" in sig and len(sig) >= 2 else ""


_FIGURE_END = tuple("◯○〇×✕✓✔△-–—")
SHEET_RUN = 4  # short lines in a row, half of them with a figure: a spec sheet or table


def _figure_line(s: str) -> bool:
    return len(s) <= 60 and (bool(_DIGIT.search(s)) or s.rstrip().endswith(_FIGURE_END))


def _sheet_lines(texts: list[str]) -> set[int]:
    """Lines of runs of short lines of which at least half carry a figure (a number, a ◯ or a
    dash as a value): "RAM 1GB", "防水 IPX5", "GPS ◯", "Dates 18 March"."""
    out: set[int] = set()
    p = 0
    while p < len(texts):
        if len(texts[p]) > 60:
            p += 1
            continue
        q = p
        while q < len(texts) and len(texts[q]) <= 60:
            q += 1
        run = range(p, q)
        figures = sum(1 for k in run if _figure_line(texts[k]))
        if figures >= SHEET_RUN and figures * 2 >= len(run):
            out.update(run)
        p = q
    return out


ROW_STRIDE = (3, 8)  # lines per row of a flattened numbered table: the number and two to seven cells
_ROW_NUMBER = re.compile(r"\d{1,3}\.?")


def _numbered_rows(texts: list[str]) -> set[int]:
    """Lines of a table flattened to one cell per line whose rows are numbered: bare numbers
    counting up (1, 2, 3, ...) three or more times, each two to seven cells after the last
    ("1 / GS. Lê Anh Tuấn / Chủ tịch Hội đồng / 2 / PGS. ..."). The cells, the last row and the
    header cells just above the first number are all content. A ranked list of headlines has one
    line per number and is not such a table."""
    out: set[int] = set()
    numbers = [(p, int(t.rstrip("."))) for p, t in enumerate(texts) if _ROW_NUMBER.fullmatch(t)]
    k = 0
    while k < len(numbers):
        j = k
        while (j + 1 < len(numbers) and numbers[j + 1][1] == numbers[j][1] + 1
               and ROW_STRIDE[0] <= numbers[j + 1][0] - numbers[j][0] <= ROW_STRIDE[1]):
            j += 1
        if j - k >= 2:
            first, last = numbers[k][0], numbers[j][0]
            stride = last - numbers[j - 1][0]
            head = first
            while head > first - stride + 1 and head > 0 and len(texts[head - 1]) <= 60 \
                    and not texts[head - 1].endswith(_SENT_END):
                head -= 1
            out.update(range(head, min(len(texts), last + stride)))
        k = j + 1
    return out


LIST_REACH = 8  # items of a list under a heading, at most
LIST_ITEM_WORDS = 4  # items of a list of content average this many words; menu items fewer


@lru_cache(maxsize=1 << 16)
def _boxy(t: str) -> bool:
    """A short line shaped like a label/value pair or a table row."""
    return len(t) <= 100 and (bool(_LABEL.match(t)) or bool(_TABLE.fullmatch(t)))


def _in_box(texts: list[str], p: int) -> bool:
    """A boxy line next to another: a row of a table or of a label/value box."""
    return _boxy(texts[p]) and any(0 <= q < len(texts) and _boxy(texts[q]) for q in (p - 1, p + 1))


def _under_heading(texts: list[str], p: int) -> bool:
    """An item of a list under a heading: the lines between it and a heading ending in a colon
    (at most LIST_REACH above) are items like it (short, no label of their own)."""
    if _boxy(texts[p]):
        return False
    for q in range(p - 1, max(-1, p - 1 - LIST_REACH), -1):
        t = texts[q]
        if t.endswith((":", "：")) and len(t) <= 100:
            return True
        if len(t) > 100 or t.endswith(_SENT_END) or _boxy(t):
            return False
    return False


def _in_record_run(texts: list[str], p: int) -> bool:
    """A record of a run of records: three or more lines in a row with the same pattern of digits
    and punctuation ("June 9 – Tampa, FL @ Amphitheatre", "3. Smith 12 4 1")."""
    sig = _signature(texts[p])
    if not sig:
        return False
    run = 1
    for step in (-1, 1):
        q = p + step
        while 0 <= q < len(texts) and _signature(texts[q]) == sig:
            run += 1
            q += step
    return run >= 3


def _content_list_item(texts: list[str], p: int) -> bool:
    """An item of a bulleted list (three or more items) whose items read like content: several
    words each on average."""
    s = texts[p]
    if not s.startswith(_BULLET):
        return False
    mark = s[0]
    lo = hi = p
    while lo > 0 and texts[lo - 1].startswith(mark):
        lo -= 1
    while hi + 1 < len(texts) and texts[hi + 1].startswith(mark):
        hi += 1
    items = texts[lo:hi + 1]
    if len(items) < 3:
        return False
    words = sum(len(_WORD.findall(t)) + len(_CJK_RUN.findall(t)) for t in items) / len(items)
    return words >= LIST_ITEM_WORDS


_NUMBER = "a number (of a table or list)"


def _bare_number(s: str) -> bool:
    return not _WORD.search(s) and bool(_DIGIT.search(s))


def _in_column(texts: list[str], p: int) -> bool:
    """A bare number with another one two lines away: a column of a table flattened to lines."""
    return any(0 <= q < len(texts) and _bare_number(texts[q]) for q in (p - 2, p + 2))


def _structured(texts: list[str], p: int) -> str | None:
    """Why line ``p`` (of the non-blank lines) looks like structured content, or None."""
    s = texts[p]
    if _in_box(texts, p):
        return "a row of a table or label/value box"
    if _under_heading(texts, p):
        return "an item of a list under a heading"
    if _bare_number(s):
        return _NUMBER
    if _in_record_run(texts, p):
        return "a record in a list of records"
    if _content_list_item(texts, p):
        return "an item of a list"
    return None


class Evidence(NamedTuple):
    index: int  # the line's index in the document
    score: float  # chrome probability
    where: str  # before / after / edge / inside (the prose mass), or none (no prose)
    keep: str | None  # why it must stay even when it scores as chrome (structured content, headline)
    gap: int = 0  # non-blank lines between it and the prose mass (0: next to it or inside)
    barrier: bool = False  # content a run of chrome from the page's edge cannot reach past


MIN_LINES = 6  # a shorter text is a fragment, not a page: nothing to locate chrome against


def _vocabulary(texts: list[str]) -> set[str]:
    words: set[str] = set()
    for s in texts:
        words.update(_content_words(s))
    return words


def _content_words(s: str) -> list[str]:
    """The line's words of four letters or more (case-folded) and its CJK character pairs
    (``s`` stripped)."""
    _, cjk_runs, latin, _ = _tokens(s)
    out = [w.casefold() for w in latin if len(w) >= 4]
    for run in cjk_runs:
        out.extend(run[k:k + 2] for k in range(len(run) - 1))
    return out


HEADLINE_REACH = 15  # non-blank lines above the prose mass where its headline may be


def _headline(texts: list[str], lo: int, hi: int) -> int | None:
    """The article's own headline: of the lines just above the prose mass that read like a
    title (several words, no date, no colon at the end), the one sharing the largest share of
    its words with the prose (a headline names what the article is about)."""
    if hi < lo:
        return None
    vocab = None  # the prose's words, read when a line above it reads like a title
    best, best_share = None, 0.0
    for p in range(lo - 1, max(-1, lo - 1 - HEADLINE_REACH), -1):
        s = texts[p]
        words, cjk_runs, _, _ = _tokens(s)
        if (len(words) < 4 and sum(map(len, cjk_runs)) < 6) or _DATE.search(s) or _URLISH.search(s) \
                or s.endswith((":", "：")):
            continue
        words = _content_words(s)
        if not words:
            continue
        if vocab is None:
            vocab = _vocabulary(texts[lo:min(hi + 1, lo + 40)])
        shared = sum(1 for w in words if w in vocab)
        share = shared / len(words)
        if shared and share >= 0.1 and share > best_share:
            best, best_share = p, share
    return best


MIN_FUNCTION_SHARE = 0.05  # below this share of known function words, the model does not know the language


@lru_cache(maxsize=1 << 16)
def _function_counts(s: str) -> tuple[int, int, int, int]:
    """A line's words (not CJK), those of them that are function words, CJK characters, and
    those of them that are function characters."""
    _, cjk_runs, _, lw = _tokens(s)
    return (len(lw), sum(map(_STOP_ALL.__contains__, lw)), sum(map(len, cjk_runs)),
            sum(map(_CJK_FN_ALL.__contains__, "".join(cjk_runs))))


def known_language(lines: list[str]) -> bool:
    """Whether the text is in a language the model has function words for: in a script or
    language it has never seen (Arabic, Thai, ...) every line would look like a menu."""
    words = hits = cjk = fn = 0
    for s in lines:
        w, h, c, f = _function_counts(s)
        words, hits, cjk, fn = words + w, hits + h, cjk + c, fn + f
    tokens = words + cjk / 2
    return bool(tokens) and (hits + fn / 1.5) / tokens >= MIN_FUNCTION_SHARE


def _paragraph(s: str) -> bool:
    return len(s) >= 150 or (len(s) >= 40 and s.endswith(_SENT_END))


def _where(p: int, lo: int, hi: int, edge_lines: int) -> str:
    """Where line ``p`` sits relative to the prose mass ``lo..hi`` (see Evidence.where)."""
    if hi < lo:
        return "none"
    if p < lo:
        return "before"
    if p > hi:
        return "after"
    if p - lo < edge_lines or hi - p < edge_lines:
        return "edge"
    return "inside"


def _gap(p: int, where: str, lo: int, hi: int) -> int:
    """Non-blank lines between line ``p`` and the prose mass."""
    if where == "before":
        return lo - p - 1
    if where == "after":
        return p - hi - 1
    return 0


def line_evidence(lines: list[str], lang: Lang = None, memo: dict | None = None) -> list[Evidence]:
    """Per non-blank line, in order: its chrome score, where it sits relative to the prose mass,
    and why it must stay whatever its score (structured content, the article's headline; worked
    out only where it can matter: outside the prose, at its edge, or for a line scoring at least
    ``suspect``). Empty when the text is not in a language the model knows (nothing is decided
    there). ``memo`` keeps what scoring a line needs for scoring the same lines again."""
    texts = [s.strip() for s in lines if s.strip()]
    if not _worth_scoring(texts):
        return []
    return _line_evidence(lines, _resolve(lang), memo)


def _worth_scoring(texts: list[str]) -> bool:
    """Only where chrome can be: not in a fragment, not in a text whose every line is a
    paragraph of prose, not in a language the model does not know (``texts``: the non-blank
    lines, stripped)."""
    return len(texts) >= MIN_LINES and not all(_paragraph(s) for s in texts) and known_language(texts)


def _resolve(lang: Lang) -> str | None:
    """The language code; ``lang`` may be a function giving it, called only when the model runs
    (detecting a language costs more than deciding that a text need not be scored)."""
    return lang() if callable(lang) else lang


def _line_evidence(lines: list[str], lang: str | None, memo: dict | None) -> list[Evidence]:
    """:func:`line_evidence` of a text worth scoring."""
    th = _thresholds()
    edge_lines, suspect = th["edge_lines"], th["suspect"]
    idx, running, p2, (lo, hi) = _score_bulk(lines, lang, memo)
    texts = [lines[i].strip() for i in idx]
    head = _headline(texts, lo, hi)
    sheet = _sheet_lines(texts) | _numbered_rows(texts)
    out = []
    for p, score in enumerate(p2):
        where = _where(p, lo, hi, edge_lines)
        if p == head:
            keep = "the article's headline"
        elif where in ("inside", "edge") and running[p]:
            keep = "a line of running text in the prose"
        elif p in sheet:
            keep = "a line of a spec sheet or table (short lines with figures, or numbered rows)"
        elif where == "inside" and score < suspect:
            keep = None  # neither deleted nor reported, and no run reaches it: no need to know
        else:
            keep = _structured(texts, p)
        # structured content and paragraphs of prose outside the mass (between two tables, say)
        # end a run of chrome: what lies beyond them towards the prose is not at the page's edge
        # (a bare number is, in a table's column; alone, a page count at its foot, it is not)
        barrier = p != head and ((keep is not None and (keep != _NUMBER or _in_column(texts, p)))
                                 or _paragraph(texts[p]))
        out.append(Evidence(idx[p], score, where, keep, _gap(p, where, lo, hi), barrier))
    return out


_WHERE = {"before": "before the prose", "after": "after the prose", "none": "in a page without prose",
          "edge": "at the edge of the prose", "inside": "inside the prose"}


MIN_RUN = 3


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def _edge_run(run: list[Evidence], th: dict) -> list[Evidence]:
    """The chrome of a run of lines read from the page's edge towards the prose: the prefix
    whose scores, summed as log-odds against ``span``, gain most, and in it the lines scoring at
    least ``floor``; nothing when fewer than MIN_RUN lines are left."""
    span_logit = _logit(th["span"])
    # content ends the run; a paragraph sure enough to go on its own does not
    run = run[:next((k for k, e in enumerate(run)
                     if e.barrier and (e.keep is not None or e.score < _needed(e, th))), len(run))]
    gain = best = 0.0
    cut = 0
    for k, e in enumerate(run):
        gain += _logit(e.score) - span_logit
        if gain > best:
            best, cut = gain, k + 1
    sure = [e for e in run[:cut] if e.score >= th["floor"]]
    # one or two lines are not a run: they must be sure on their own; lines that stay whatever
    # their score (a table's rows, a headline) do not make a run of chrome
    return sure if sum(e.keep is None for e in sure) >= MIN_RUN else []


def _edge_runs(evidence: list[Evidence], th: dict) -> dict[int, str]:
    """Line index -> reason, for the lines of the runs of chrome above and below the prose."""
    chosen: dict[int, str] = {}
    before = [e for e in evidence if e.where == "before"]
    after = [e for e in evidence if e.where == "after"][::-1]
    for run, side in ((before, "above"), (after, "below")):
        for e in _edge_run(run, th):
            chosen[e.index] = f"in the run of chrome-like lines {side} the prose"
    return chosen


def _needed(e: Evidence, th: dict) -> float:
    """The score a line needs to go on its own, where it sits."""
    if e.where in ("before", "after"):
        # the line next to the prose (a signature, a source credit) never goes on its own
        return th["outside"] if e.gap > 0 else 2.0
    return th[e.where]


def _heads_content(evidence: list[Evidence], k: int) -> bool:
    """Whether the line next to line ``k`` on the side of the prose is content that stays (a
    table, a list): then line ``k`` is its caption or heading, or its last line, not chrome on
    its own."""
    e = evidence[k]
    n = k + 1 if e.where == "before" else k - 1 if e.where == "after" else -1
    return 0 <= n < len(evidence) and evidence[n].keep is not None


def decide(evidence: list[Evidence], thresholds: dict | None = None
           ) -> tuple[list[tuple[int, float, str]], list[tuple[int, float, str]]]:
    """(lines to delete, lines to report), each (index, score, reason), in line order.

    Two kinds of evidence. A run from the page's edge towards the prose mass is chrome as a
    whole when its scores, summed as log-odds against ``span``, gain most by cutting there (the
    cut adapts to how much chrome the page has); inside the run, only lines scoring at least
    ``floor`` go. Any other line goes alone only above the threshold of where it sits: far
    higher inside the prose mass than outside it."""
    th = thresholds or _thresholds()
    chosen = _edge_runs(evidence, th)
    delete, suspect = [], []
    for k, e in enumerate(evidence):
        if e.where == "none":
            continue  # no prose: nothing says where the article is, so nothing goes
        why = chosen.get(e.index)
        if why is None and e.score >= _needed(e, th) and not _heads_content(evidence, k):
            why = f"chrome-like line {_WHERE[e.where]}"
        if why is None:
            if e.score >= th["suspect"] and e.keep is None:
                suspect.append((e.index, e.score, f"may be chrome, {_WHERE[e.where]} (score {e.score:.2f})"))
        elif e.keep is None:
            delete.append((e.index, e.score, f"{why} (score {e.score:.2f})"))
        else:
            suspect.append((e.index, e.score, f"{why} (score {e.score:.2f}), kept: {e.keep}"))
    return delete, suspect


MAX_SCANS = 12  # a page is scored again after each deletion, until nothing more goes


def scan(lines: list[str], lang: Lang = None) -> tuple[list[Span], list[Span]]:
    """(chrome to delete, suspicious lines to report) as spans of line indices. ``lang`` is the
    language code, or a function giving it (called only when the text is worth scoring)."""
    if not _worth_scoring([s.strip() for s in lines if s.strip()]):
        return [], []  # nothing to score: what scanning would find (nothing), without the language
    lang = _resolve(lang)
    key = _settled_key(lines, range(len(lines)), lang)
    settled = _SETTLED.get(key)
    if settled is not None:  # these lines are what an earlier scan left: it deletes nothing more
        nonblank = [i for i, s in enumerate(lines) if s.strip()]
        return [], _spans([(nonblank[p], score, why) for p, score, why in settled], lines)
    deleted, alive, suspect = _scan_to_fixed_point(lines, lang)
    _remember(_settled_key(lines, alive, lang), lines, alive, suspect)
    deleted.sort()
    return _spans(deleted, lines), _spans(suspect, lines, {i for i, _, _ in deleted})


def _scan_to_fixed_point(lines: list[str], lang: str | None) -> tuple[list, list[int], list]:
    """(lines deleted, lines left, lines reported) after scoring what is left until nothing
    more goes."""
    alive = list(range(len(lines)))
    deleted: list[tuple[int, float, str]] = []
    memo: dict = {}
    first: list[tuple[int, float, str]] = []
    for scans in range(MAX_SCANS):
        # (the first scan reads the text just found worth scoring)
        evidence = (line_evidence([lines[i] for i in alive], lang, memo) if scans
                    else _line_evidence(lines, lang, memo))
        delete, suspect = decide(evidence)
        delete = [(alive[k], score, why) for k, score, why in delete]
        suspect = [(alive[k], score, why) for k, score, why in suspect]
        if not delete:
            break
        first = first or sorted(delete + suspect)
        # What is left is scored again, as cleaning the output again would score it: a line
        # that only the deleted chrome hid from the prose's edge goes now, not on a second run.
        deleted += delete
        gone = {i for i, _, _ in delete}
        alive = [i for i in alive if i not in gone]
    else:
        # Still peeling a line at a time after MAX_SCANS: no result that cleaning again would
        # keep is known, so nothing goes, and what the first scan would have deleted is reported.
        deleted, alive = [], list(range(len(lines)))
        suspect = [(i, score, _not_settled(why)) for i, score, why in first]
    return deleted, alive, suspect


def _not_settled(why: str) -> str:
    return why if why.startswith("may be chrome") else f"may be chrome, not settled: {why}"


# The texts scan has settled (scored with nothing left to delete), with what it reported there:
# cleaning is done in rounds, and the next round gives the scorer exactly what it left.
_SETTLED: dict = {}
SETTLED_KEEP = 64


def _settled_key(lines: list[str], which, lang: str | None) -> tuple:
    return (lang, tuple(s for s in (lines[i].strip() for i in which) if s))


def _remember(key: tuple, lines: list[str], alive: list[int], suspect: list) -> None:
    position = {i: p for p, i in enumerate(i for i in alive if lines[i].strip())}
    if len(_SETTLED) >= SETTLED_KEEP:
        del _SETTLED[next(iter(_SETTLED))]
    _SETTLED[key] = [(position[i], score, why) for i, score, why in suspect]


def _spans(marks: list[tuple[int, float, str]], lines: list[str], gone: set[int] = frozenset()) -> list[Span]:
    """Consecutive marked lines (blank lines between them included) with the same kind of
    reason as one span, its score the lowest of its lines; lines in ``gone`` (deleted) are not
    between them."""
    spans: list[Span] = []
    for i, score, reason in marks:
        kind = _kind(reason)
        if spans:
            last = spans[-1]
            if _kind(last.reason) == kind and all(not lines[k].strip() and k not in gone
                                                  for k in range(last.last + 1, i)):
                low = min(last.score, score)
                spans[-1] = Span(last.first, i, low, _with_score(last.reason, low))
                continue
        spans.append(Span(i, i, score, reason))
    return spans


_SCORE = re.compile(r" \(score \d\.\d\d\)")


def _kind(reason: str) -> str:
    return _SCORE.sub("", reason)


def _with_score(reason: str, score: float) -> str:
    return _SCORE.sub(f" (score {score:.2f})", reason, count=1)


def chrome_spans(lines: list[str], lang: Lang = None) -> list[Span]:
    """Runs of lines the model is sure are chrome: ``(first, last, score, reason)``."""
    return scan(lines, lang)[0]


def suspect_spans(lines: list[str], lang: Lang = None) -> list[Span]:
    """Runs of lines that look like chrome but not surely enough to delete (display-only)."""
    return scan(lines, lang)[1]
