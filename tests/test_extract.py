"""Whole HTML pages: the article (headline and paragraphs), not the page around it."""

from __future__ import annotations

from cleaner.extract import article_paragraphs
from cleaner.passes.html import page_paragraphs

PARAGRAPHS = [
    "Alibaba's cloud unit reported its fastest growth in three years on Thursday, as demand for "
    "artificial intelligence services from Chinese companies lifted revenue by 26 percent.",
    "The company said spending on computing power would rise again next year, and that its "
    "Tongyi Qianwen models were now used by more than 90,000 corporate customers across Asia.",
    "Analysts in Hong Kong said the results eased concerns that a price war among Chinese cloud "
    "providers would erode margins, although competition from ByteDance remained intense.",
    "Shares of the company rose 4 percent in early trading in New York after the announcement, "
    "their biggest one-day gain since the spring.",
]

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Alibaba cloud growth accelerates | Example News</title>
<script>var tracking = {"page": "article"};</script><style>body { font: 14px serif; }</style></head>
<body>
<div class="topbar"><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a>
<a href="/tech">Tech</a> <a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
<div class="breaking">Breaking: markets open higher</div>
<main><article>
<h1>Alibaba cloud growth accelerates on AI demand</h1>
<p class="byline">By A. Reporter, Hong Kong</p>
{paragraphs}
</article></main>
<div class="sidebar"><h3>Most popular</h3><ul>
<li><a href="/a">Ten things to know before you travel this winter</a></li>
<li><a href="/b">The best phones of the year, ranked by our editors</a></li>
<li><a href="/c">Why the housing market is cooling in three charts</a></li></ul></div>
<div class="newsletter">Sign up for our daily newsletter. Enter your email address</div>
<div class="bottom">Copyright 2025 Example News. All rights reserved. Privacy policy. Terms of use.</div>
</body></html>
"""


def page() -> str:
    return PAGE.replace("{paragraphs}", "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS))


def test_the_article_is_kept_paragraph_by_paragraph_with_its_headline():
    out = article_paragraphs(page(), page_paragraphs)
    assert out[0] == "Alibaba cloud growth accelerates on AI demand"
    for p in PARAGRAPHS:
        assert p in out


def test_menus_lists_and_footers_outside_chrome_tags_go():
    out = "\n".join(article_paragraphs(page(), page_paragraphs))
    for chrome in ("Most popular", "Ten things to know", "Sign up for our daily newsletter", "All rights reserved",
                   "Sign in", "tracking"):
        assert chrome not in out, chrome


def test_a_page_the_extractor_cannot_read_falls_back_to_the_block_text(monkeypatch):
    import trafilatura

    def broken(*args, **kwargs):
        raise ValueError("cannot parse")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    assert article_paragraphs(page(), page_paragraphs) == page_paragraphs(page())


def test_the_html_benchmark_scores_pages_of_its_layout(tmp_path):
    import gzip
    import json

    from cleaner import bench_html

    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "p1.html.gz").write_bytes(gzip.compress(page().encode("utf-8")))
    (tmp_path / "ground-truth.json").write_text(json.dumps({"p1": {"articleBody": "\n\n".join(PARAGRAPHS)}}))
    result = bench_html.run(tmp_path)
    assert result["headline-aside"]["f1"] > 0.95 and result["headline-aside"]["recall"] == 1.0
    assert result["block-text"]["precision"] < result["headline-aside"]["precision"]
    assert "headline-aside" in bench_html.report(result)
