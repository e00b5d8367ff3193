"""The article of a whole HTML page: headline, standfirst and paragraphs, without the page's
menus, "Most popular" lists, footers and comments.

trafilatura (Apache-2.0) finds the main content: on real news pages it is the best-measured
extractor (``cleaner bench html``). It is imported only when a document is a whole page, so
cleaning text never pays for it. When it finds no article (a page that is all list, or a
fragment it cannot parse), the page's text comes from its block elements with the page-chrome
elements (script, style, nav, header, footer, aside) dropped, as before.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable


@lru_cache(maxsize=1)
def _config():
    from trafilatura.settings import use_config

    config = use_config()
    # trafilatura falls back to its baseline (every text node of the page, inline elements on
    # lines of their own) when the article it found is under 250 characters; a short article is
    # still the article.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    return config


def _trafilatura_paragraphs(markup: str) -> list[str] | None:
    try:
        from trafilatura import bare_extraction
    except ImportError:  # pragma: no cover - a dependency; an install without it falls back
        return None
    try:
        found = bare_extraction(markup, include_comments=False, include_tables=True, include_images=False,
                                include_links=False, deduplicate=False, with_metadata=True, config=_config())
    except Exception:  # noqa: BLE001 - a page trafilatura cannot parse falls back to the block text
        return None
    if found is None:
        return None
    data = found if isinstance(found, dict) else found.as_dict()
    body = [" ".join(line.split()) for line in (data.get("text") or "").splitlines()]
    body = [line for line in body if line]
    if not body:
        return None
    title = " ".join((data.get("title") or "").split())
    head = [title] if title and (not body or body[0] != title) else []
    return head + body


def article_paragraphs(markup: str, fallback: Callable[[str], list[str]]) -> list[str]:
    """The paragraphs of the page's article, headline first; ``fallback(markup)`` when no
    article is found."""
    found = _trafilatura_paragraphs(markup)
    return found if found is not None else fallback(markup)
