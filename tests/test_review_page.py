"""The review page (--html FILE): what it contains, that it writes nothing else, and, in a real
headless Chromium driven over the DevTools protocol, that it shows every edit of the report, that
its filters work, and what it looks like (docs/review-page.png is made here)."""

from __future__ import annotations

import base64
import json
import os
import re
import select
import shutil
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from helpers import ROOT, cleaner_executable

ARTICLES = {
    "markets/alibaba.txt": (
        "Alibaba\u00e2\u20ac\u2122s <p>cloud</p> unit grew 26% in the quarter.  \n\n\n\n"
        "Share this article\n"
        "Alibaba chairman 蔡崇信 said the cloud unit 犇骉 grew &amp; hired.\n"
    ),
    "markets/clean.txt": "A clean line with \u201ccurly\u201d quotes.\n",
    "tech/chips.md": "# Chips\n\nThe company 某某公司 said on Monday that prices rose.   \n",
    "tech/ai.txt": "Officials said   the model\u00e2\u20ac\u201cbased tools <b>worked</b>.\nSubscribe to our newsletter\n",
}


def corpus(root: Path) -> Path:
    for rel, text in ARTICLES.items():
        path = root / "articles" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "articles"


def snapshot(directory: Path) -> dict[str, bytes]:
    return {p.relative_to(directory).as_posix(): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


def report_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def reviewed(tmp_path, monkeypatch):
    """A review page and the JSON Lines report of the same run, over paths relative to the working
    directory (so that the page, and its screenshot, are the same from one run to the next)."""
    corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    articles = Path("articles")
    before = snapshot(articles)
    page, report = tmp_path / "review.html", tmp_path / "report.jsonl"
    result = CliRunner().invoke(app, ["clean", "--check", "--html", str(page), "--report", str(report), str(articles)],
                                catch_exceptions=False)
    assert result.exit_code == 1, result.output
    assert snapshot(articles) == before  # nothing but the page and the report was written
    return page, report_records(report), articles


# -- the page itself ------------------------------------------------------------------------
def embedded(page: Path) -> dict:
    text = page.read_text(encoding="utf-8")
    found = re.search(r'<script type="application/json" id="data">(.*?)</script>', text, re.S)
    return json.loads(found.group(1))


def test_page_is_self_contained(reviewed):
    page, _, _ = reviewed
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"<(?:link|img|iframe|object|embed)\b", text)
    assert not re.search(r"<script\b[^>]*\bsrc=", text)
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", text)
    assert "@import" not in text and "url(" not in text and "@font-face" not in text
    assert "default-src 'none'" in text  # the page itself forbids any request


def test_page_holds_every_edit_of_the_report(reviewed):
    page, records, articles = reviewed
    data = embedded(page)
    in_page = Counter((f["path"], e["pass"], e["rule"], e["level"]) for f in data["files"] for e in f["edits"])
    in_report = Counter((r["path"], r["pass"], r["rule"], r["safety"]) for r in records)
    assert in_page == in_report and sum(in_report.values()) > 8
    assert any(e["finding"] for f in data["files"] for e in f["edits"])
    levels = {r["level"] for row in data["rules"] for r in [{"level": lv} for lv in row["levels"]]}
    assert {"safe", "likely"} <= levels
    # the pieces of each file put its original text back together, edits in place
    for f in data["files"]:
        original = ARTICLES[Path(f["path"]).relative_to(articles).as_posix()]
        rebuilt = "".join(p if isinstance(p, str) else ("" if f["edits"][p]["moved"] else f["edits"][p]["before"])
                          for p in f["pieces"])
        assert rebuilt == original, f["path"]


def test_html_alone_reviews_and_writes_nothing_else(tmp_path):
    articles = corpus(tmp_path)
    before = snapshot(tmp_path)
    page = tmp_path / "review.html"
    result = CliRunner().invoke(app, ["clean", "--html", str(page), str(articles)])
    assert result.exit_code == 0, result.output
    assert "would be cleaned" in result.stderr and result.stdout == ""
    after = snapshot(tmp_path)
    assert set(after) == set(before) | {"review.html"}
    assert all(after[k] == v for k, v in before.items())


def test_html_with_diff_prints_the_diff(tmp_path):
    articles = corpus(tmp_path)
    page = tmp_path / "review.html"
    result = CliRunner().invoke(app, ["clean", "--diff", "--html", str(page), str(articles)])
    assert result.exit_code == 1 and result.stdout.startswith("---") and page.exists()


def test_the_page_is_never_one_of_the_inputs(tmp_path):
    articles = corpus(tmp_path)
    target = articles / "markets" / "alibaba.txt"
    before = target.read_bytes()
    named = CliRunner().invoke(app, ["clean", "--html", str(target), str(target)])
    assert named.exit_code == 2 and "--html" in named.stderr and target.read_bytes() == before
    walked = CliRunner().invoke(app, ["clean", "--html", str(articles / "tech" / "chips.md"), str(articles)])
    assert walked.exit_code == 2 and (articles / "tech" / "chips.md").read_text(encoding="utf-8") == ARTICLES["tech/chips.md"]
    nowhere = CliRunner().invoke(app, ["clean", "--html", str(tmp_path / "missing" / "r.html"), str(articles)])
    assert nowhere.exit_code == 2 and "Traceback" not in nowhere.output


def test_html_needs_files(tmp_path):
    result = CliRunner().invoke(app, ["clean", "--html", str(tmp_path / "r.html"), "-"], input=b"x\n")
    assert result.exit_code == 2 and "--html" in result.stderr and not (tmp_path / "r.html").exists()


@pytest.mark.slow
def test_installed_command_writes_the_page(tmp_path):
    articles = corpus(tmp_path)
    page = tmp_path / "review.html"
    proc = subprocess.run([cleaner_executable(), "clean", "--check", "--html", str(page), str(articles)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert len(embedded(page)["files"]) == 3


# -- in a real browser ------------------------------------------------------------------------
def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


class Browser:
    """Headless Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe): JSON
    messages ending in NUL, commands on the browser's fd 3, replies and events on its fd 4."""

    def __init__(self, exe: str, profile: Path) -> None:
        import fcntl

        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # The browser's ends, first moved to 10 or above (so that placing them at 3 and 4 cannot
        # clobber one with the other), then put at 3 and 4 in the child just before it starts.
        ends = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in (to_browser_r, from_browser_w)]
        os.close(to_browser_r)
        os.close(from_browser_w)

        def place_pipes() -> None:
            os.dup2(ends[0], 3)
            os.dup2(ends[1], 4)

        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
                 f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"]
        self.proc = subprocess.Popen([exe, *flags], preexec_fn=place_pipes, close_fds=False,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for fd in ends:
            os.close(fd)
        self._buffer = b""
        self._next = 0
        self.events: list[dict] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise TimeoutError("no answer from chromium")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed its DevTools pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(message)

    def call(self, method: str, session: bool = False, timeout: float = 30, **params) -> dict:
        self._next += 1
        message = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            answer = self._read(deadline)
            if answer.get("id") == self._next:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer["result"]
            self.events.append(answer)

    def wait_for(self, event: str, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for e in self.events:
                if e.get("method") == event:
                    self.events.remove(e)
                    return e
            self.events.append(self._read(deadline))

    def page(self, method: str, **params) -> dict:
        return self.call(method, session=True, **params)

    def js(self, expression: str):
        answer = self.page("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in answer:
            raise AssertionError(answer["exceptionDetails"])
        return answer["result"].get("value")

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass


@pytest.fixture
def browser(tmp_path):
    exe = chromium()
    if exe is None:
        if os.environ.get("CLEANER_REQUIRE_BROWSER"):  # set by .ci/run, which installs it
            pytest.fail("chromium is not installed; .ci/run installs it (apt-get install chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium); CI installs it")
    b = Browser(exe, tmp_path / "chromium-profile")
    try:
        b.page("Page.enable")
        b.page("Emulation.setDeviceMetricsOverride", width=1400, height=860, deviceScaleFactor=1, mobile=False)
        yield b
    finally:
        b.close()


COUNT = """(() => {
  const out = {};
  for (const li of document.querySelectorAll('#index li')) {
    li.click();
    const path = document.getElementById('path').dataset.path;
    out[path] = {
      edits: document.querySelectorAll('#doc .edit:not(.off)').length,
      findings: document.querySelectorAll('#doc .finding:not(.off)').length,
      listed: document.querySelectorAll('#list li:not(.off)').length,
      titles: [...document.querySelectorAll('#doc .edit, #doc .finding')].map((e) => e.title),
    };
  }
  return out;
})()"""


@pytest.mark.slow
def test_in_a_browser_every_edit_is_highlighted_and_filters_work(browser, reviewed):
    page, records, articles = reviewed
    browser.page("Page.navigate", url=page.as_uri())
    browser.wait_for("Page.loadEventFired")
    expected = {}
    for r in records:
        counts = expected.setdefault(r["path"], {"edits": 0, "findings": 0})
        counts["findings" if r["safety"] == "display-only" else "edits"] += 1
    shown = browser.js(COUNT)
    assert {p: {"edits": v["edits"], "findings": v["findings"]} for p, v in shown.items()} == expected
    assert all(v["listed"] == v["edits"] + v["findings"] for v in shown.values())
    # each highlighted edit says its rule, level and reason on hover
    for path, v in shown.items():
        mine = [r for r in records if r["path"] == path]
        for r in mine:
            assert any(t.startswith(f"{r['pass']}/{r['rule']} [{r['safety']}]") and r["reason"] in t for t in v["titles"])
    # the summary adds them up
    total = browser.js("document.getElementById('n-edits').textContent")
    assert total == f"{sum(1 for r in records if r['safety'] != 'display-only')} edits"

    # filter by rule: only the files with that rule stay in the index, only its edits stay highlighted
    rule = "html/html-tag"
    want = Counter(r["path"] for r in records if f"{r['pass']}/{r['rule']}" == rule)
    assert len(want) >= 2
    browser.js(f"(() => {{ const s = document.getElementById('rule'); s.value = {json.dumps(rule)}; "
               "s.dispatchEvent(new Event('change')); })()")
    filtered = browser.js(COUNT)
    assert {p: v["edits"] for p, v in filtered.items()} == dict(want)
    assert all(v["findings"] == 0 for v in filtered.values())
    assert rule in browser.js("location.hash") or "rule=html%2Fhtml-tag" in browser.js("location.hash")

    # filter by file: a part of a path
    browser.js("(() => { const s = document.getElementById('rule'); s.value = ''; s.dispatchEvent(new Event('change'));"
               " const f = document.getElementById('file'); f.value = 'chips'; f.dispatchEvent(new Event('input')); })()")
    listed = browser.js("[...document.querySelectorAll('#index li')].map((li) => li.dataset.index)")
    paths = browser.js("D.files.map((f) => f.path)")
    assert [paths[int(i)] for i in listed] == [str(articles / "tech" / "chips.md")]

    # filter by pass, then show the first file, with its list of edits beside it, for the screenshot
    browser.js("(() => { const f = document.getElementById('file'); f.value = ''; f.dispatchEvent(new Event('input'));"
               " const s = document.getElementById('pass'); s.value = ''; s.dispatchEvent(new Event('change'));"
               " document.querySelector('#index li').click(); })()")
    assert browser.js("document.querySelectorAll('#doc del').length") > 0
    assert browser.js("document.querySelectorAll('#doc ins').length") > 0
    shot = browser.page("Page.captureScreenshot", format="png")
    png = base64.b64decode(shot["data"])
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "review-page.png").write_bytes(png)


@pytest.mark.slow
def test_in_a_browser_a_batch_of_thousands_of_files(browser, tmp_path):
    """Two thousand files: the page opens and shows one file at a time."""
    root = tmp_path / "many"
    root.mkdir()
    for i in range(2000):
        (root / f"a{i:04d}.txt").write_text(f"Story {i}\u00e2\u20ac\u2122s <b>text</b>.  \n", encoding="utf-8")
    page = tmp_path / "many.html"
    result = CliRunner().invoke(app, ["clean", "--html", str(page), "-j", "2", str(root)])
    assert result.exit_code == 0, result.output
    browser.page("Page.navigate", url=page.as_uri())
    browser.wait_for("Page.loadEventFired", timeout=60)
    assert browser.js("document.querySelectorAll('#index li').length") == 2000
    assert browser.js("document.querySelectorAll('#doc .edit').length") == 0  # no file open yet
    browser.js("document.querySelectorAll('#index li')[1234].click()")
    assert browser.js("document.getElementById('path').textContent") == "a1234.txt"
    assert browser.js("document.querySelectorAll('#doc .edit').length") == 4
