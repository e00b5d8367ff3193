"""The review page: ``cleaner clean --html FILE PATH...`` writes one self-contained HTML page.

The page needs no network: its styles, script and data are inline, its fonts the system's. It has

- a summary: files changed, unchanged and failed, edits per pass and per rule (by level), findings;
- an index of the files with edits or findings, filtered by pass, by rule and by a part of the path;
- one file at a time (so a batch of thousands of files stays quick): its original text with each
  deletion (struck out) and insertion (underlined) in place, the rule, level and reason on hover
  and in a list beside the text; findings (unresolved CJK runs, names it would not change) marked.

Every edit of the report is one ``.edit`` element of the file view (``data-pass``, ``data-rule``,
``data-level``); a finding is a ``.finding`` element. An edit whose text an earlier pass had
already rewritten cannot be shown in the original text; it is shown where it happened, as a marker
holding what it replaced and what it wrote (class ``moved``).
"""

from __future__ import annotations

import html
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .edits import DISPLAY_ONLY, LEVELS, LineIndex

__all__ = ["Review"]


@dataclass
class Review:
    """Collects the outcome of each file of a run, then writes the page."""

    title: str = "cleaner review"
    mode: str = "review"  # what the run did: review (nothing written), check, diff
    files: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    unchanged: int = 0
    per_rule: Counter = field(default_factory=Counter)  # 'pass/rule [level]' -> edits
    findings: Counter = field(default_factory=Counter)  # 'pass/rule' -> findings

    def add(self, outcome) -> None:
        """One file's outcome (a :class:`cleaner.batch.Outcome` of a run with ``review`` set)."""
        self.add_file(outcome.path, outcome.status, outcome.text, outcome.records, outcome.message)

    def add_file(self, path: str, status: str, text: str | None, records: list[dict], message: str = "") -> None:
        if status == "error":
            self.errors.append(message)
            return
        if not records:
            self.unchanged += 1
            return
        if status != "changed":
            self.unchanged += 1
        for r in records:
            if r["safety"] == DISPLAY_ONLY:
                self.findings[f"{r['pass']}/{r['rule']}"] += 1
            else:
                self.per_rule[f"{r['pass']}/{r['rule']} [{r['safety']}]"] += 1
        self.files.append(_file_view(path, status, text or "", records))

    def page(self) -> str:
        paths = [f["path"] for f in self.files]
        base = _common_directory(paths)
        for f in self.files:
            f["name"] = os.path.relpath(f["path"], base) if base else f["path"]
        data = {
            "title": self.title,
            "base": base,
            "mode": self.mode,
            "changed": sum(1 for f in self.files if f["status"] == "changed"),
            "unchanged": self.unchanged,
            "errors": self.errors,
            "rules": _rule_table(self.per_rule),
            "findings": dict(sorted(self.findings.items())),
            "levels": list(LEVELS),
            "files": self.files,
        }
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        # Inside <script>, no '<' may open a tag or a comment: every '<' is written as \u003c.
        payload = payload.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
        return _TEMPLATE.replace("%TITLE%", html.escape(self.title)).replace("%DATA%", payload)

    def write(self, path: Path) -> None:
        """Write the page in one rename: a reader never sees half a page."""
        path = Path(path)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "w", encoding="utf-8", errors="backslashreplace") as fh:
                fh.write(self.page())
            os.replace(tmp, path)
        finally:
            if tmp.exists():
                tmp.unlink()


def _common_directory(paths: list[str]) -> str:
    """The directory all ``paths`` are in ('' if none): the index shows the paths below it."""
    if not paths:
        return ""
    try:
        common = os.path.commonpath([os.path.abspath(p) for p in paths])
    except ValueError:  # different drives
        return ""
    if len(paths) == 1 or os.path.abspath(paths[0]) == common:
        common = os.path.dirname(common)
    return common if all(os.path.isabs(p) for p in paths) else os.path.relpath(common)


def _rule_table(per_rule: Counter) -> list[dict]:
    rows: dict[str, dict] = {}
    for key, n in per_rule.items():
        rule, _, level = key.partition(" [")
        row = rows.setdefault(rule, {"rule": rule, "pass": rule.split("/", 1)[0], "total": 0, "levels": {}})
        row["total"] += n
        row["levels"][level.rstrip("]")] = n
    return sorted(rows.values(), key=lambda r: (-r["total"], r["rule"]))


def _file_view(path: str, status: str, text: str, records: list[dict]) -> dict:
    """The file as pieces: plain text (a string) and edits (an index into ``edits``), in order."""
    starts = LineIndex(text).starts
    placed = []
    for i, r in enumerate(records):
        line = min(max(r["line"], 1), len(starts))
        offset = min(starts[line - 1] + max(r["column"], 1) - 1, len(text))
        placed.append((offset, i, r))
    placed.sort(key=lambda t: (t[0], t[1]))
    pieces: list = []
    edits: list[dict] = []
    cursor = 0
    for offset, _, r in placed:
        before = r["before"]
        in_place = offset >= cursor and text[offset:offset + len(before)] == before
        if offset > cursor:
            pieces.append(text[cursor:offset])
            cursor = offset
        edits.append({"pass": r["pass"], "rule": r["rule"], "level": r["safety"], "reason": r["reason"],
                      "before": before, "after": r["after"], "line": r["line"], "column": r["column"],
                      "finding": r["safety"] == DISPLAY_ONLY, "moved": not in_place})
        pieces.append(len(edits) - 1)
        if in_place:
            cursor = offset + len(before)
    if cursor < len(text):
        pieces.append(text[cursor:])
    return {"path": path, "status": status, "pieces": pieces, "edits": edits}


_TEMPLATE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>%TITLE%</title>
<style>
:root { --del: #ffd7d5; --del-text: #82071e; --ins: #ccffd8; --ins-text: #055d20; --find: #fff1b8; --line: #d0d7de; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #f6f8fa; }
header { padding: 10px 16px; background: #24292f; color: #fff; display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
header h1 { font-size: 16px; margin: 0; }
header a { color: #fff; text-decoration: none; }
header .muted { color: #afb8c1; }
header .counts span { margin-right: 14px; }
#filters { padding: 8px 16px; background: #fff; border-bottom: 1px solid var(--line); display: flex; gap: 12px; flex-wrap: wrap; align-items: center; }
#filters label { font-size: 13px; color: #57606a; }
#filters select, #filters input { font: inherit; padding: 2px 4px; max-width: 22em; }
main { display: grid; grid-template-columns: minmax(200px, 22%) 1fr minmax(240px, 26%); height: calc(100vh - 90px); }
nav, #text, aside { overflow: auto; border-right: 1px solid var(--line); }
nav ol { list-style: none; margin: 0; padding: 0; }
nav li { padding: 4px 10px; cursor: pointer; border-bottom: 1px solid #eaeef2; word-break: break-all; }
nav li:hover { background: #eaeef2; }
nav li.current { background: #ddf4ff; font-weight: 600; }
nav li .n { float: right; color: #57606a; font-weight: normal; margin-left: 6px; }
#summary { padding: 12px 16px; background: #fff; }
#summary table { border-collapse: collapse; margin: 6px 0 12px; }
#summary td, #summary th { padding: 2px 10px 2px 0; text-align: left; font-size: 13px; }
#summary td.num { text-align: right; font-variant-numeric: tabular-nums; }
#text { background: #fff; }
#text h2 { font-size: 14px; margin: 0; padding: 8px 16px; border-bottom: 1px solid var(--line); background: #f6f8fa; position: sticky; top: 0; word-break: break-all; }
#doc { margin: 0; padding: 12px 16px; white-space: pre-wrap; word-wrap: break-word; font: 13px/1.55 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.edit { border-radius: 3px; cursor: help; }
.edit del { background: var(--del); color: var(--del-text); text-decoration: line-through; }
.edit ins { background: var(--ins); color: var(--ins-text); text-decoration: underline; }
.edit.moved { outline: 1px dashed #8250df; }
.edit.moved::before { content: "\25B8"; color: #8250df; }
.edit.off del { background: none; color: inherit; text-decoration: none; }
.edit.off ins { display: none; }
.edit.current { outline: 2px solid #0969da; }
.finding { background: var(--find); border-bottom: 2px dotted #9a6700; cursor: help; }
.finding.off { background: none; border: 0; }
.ws { color: #8c959f; }
aside { background: #fff; font-size: 12.5px; }
aside h3 { font-size: 13px; margin: 0; padding: 8px 12px; border-bottom: 1px solid var(--line); }
aside ol { margin: 0; padding: 0; list-style: none; }
aside li { padding: 5px 12px; border-bottom: 1px solid #eaeef2; cursor: pointer; }
aside li.off { display: none; }
aside .rule { font-weight: 600; }
.lvl { display: inline-block; padding: 0 5px; border-radius: 8px; font-size: 11px; border: 1px solid; }
.lvl-safe { color: #1a7f37; } .lvl-likely { color: #9a6700; } .lvl-low { color: #cf222e; } .lvl-display-only { color: #57606a; }
.muted { color: #57606a; }
code { font: 12px ui-monospace, Menlo, Consolas, monospace; background: #f6f8fa; padding: 0 3px; }
</style>
</head>
<body>
<header><h1><a id="home" href="#">%TITLE%</a></h1><span class="muted" id="base"></span><div class="counts" id="counts"></div></header>
<div id="filters">
  <label>Pass <select id="pass"><option value="">all</option></select></label>
  <label>Rule <select id="rule"><option value="">all</option></select></label>
  <label>File <input id="file" type="search" placeholder="part of a path"></label>
  <span class="muted" id="shown"></span>
</div>
<main>
  <nav><ol id="index"></ol></nav>
  <section id="text"><div id="summary"></div><h2 id="path" hidden></h2><pre id="doc" hidden></pre></section>
  <aside><h3 id="listhead">Edits</h3><ol id="list"></ol></aside>
</main>
<script type="application/json" id="data">%DATA%</script>
<script>
"use strict";
const D = JSON.parse(document.getElementById("data").textContent);
const $ = (id) => document.getElementById(id);
const el = (tag, attrs, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k.startsWith("data-")) e.setAttribute(k, v); else e[k] = v;
  }
  for (const k of kids) e.append(k);
  return e;
};
const state = { pass: "", rule: "", q: "", file: -1 };
const shown = (s) => s.replace(/\n/g, "\u21b5\n").replace(/\t/g, "\u2192\t");
const keyOf = (e) => e.pass + "/" + e.rule;
const matches = (e) => (!state.pass || e.pass === state.pass) && (!state.rule || keyOf(e) === state.rule);
const fileMatches = (f) => (!state.q || f.path.toLowerCase().includes(state.q.toLowerCase())) && f.edits.some(matches);

function summary() {
  const edits = D.rules.reduce((n, r) => n + r.total, 0);
  const nfind = Object.values(D.findings).reduce((a, b) => a + b, 0);
  $("counts").append(
    el("span", {id: "n-changed"}, `${D.changed} files ${D.mode === "review" || D.mode === "check" || D.mode === "diff" ? "would change" : "changed"}`),
    el("span", {id: "n-unchanged"}, `${D.unchanged} unchanged`),
    el("span", {id: "n-errors"}, `${D.errors.length} errors`),
    el("span", {id: "n-edits"}, `${edits} edits`),
    el("span", {id: "n-findings"}, `${nfind} findings`));
  const s = $("summary");
  s.append(el("h3", {}, "Edits per rule"));
  const t = el("table", {id: "rules"}, el("tr", {}, el("th", {}, "pass/rule"), el("th", {}, "edits"), el("th", {}, "by level")));
  for (const r of D.rules) {
    const lv = D.levels.filter((l) => r.levels[l]).map((l) => `${l} ${r.levels[l]}`).join(", ");
    t.append(el("tr", {"data-rule": r.rule}, el("td", {}, el("code", {}, r.rule)), el("td", {class: "num"}, String(r.total)), el("td", {class: "muted"}, lv)));
  }
  s.append(t);
  const perPass = {};
  for (const r of D.rules) perPass[r.pass] = (perPass[r.pass] || 0) + r.total;
  const tp = el("table", {id: "passes"}, el("tr", {}, el("th", {}, "pass"), el("th", {}, "edits")));
  for (const [p, n] of Object.entries(perPass).sort((a, b) => b[1] - a[1])) tp.append(el("tr", {}, el("td", {}, p), el("td", {class: "num"}, String(n))));
  s.prepend(el("h3", {}, "Edits per pass"), tp);
  if (nfind) {
    s.append(el("h3", {}, "Findings (reported, not changed)"));
    const tf = el("table", {id: "findings"});
    for (const [k, n] of Object.entries(D.findings)) tf.append(el("tr", {}, el("td", {}, el("code", {}, k)), el("td", {class: "num"}, String(n))));
    s.append(tf);
  }
  if (D.errors.length) {
    s.append(el("h3", {}, "Errors"));
    const ul = el("ul", {id: "errors"});
    for (const m of D.errors) ul.append(el("li", {}, m));
    s.append(ul);
  }
  s.append(el("p", {class: "muted"}, "Pick a file on the left. Struck-out text is deleted, underlined text inserted; hover an edit for its rule, level and reason."));
}

function options() {
  const passes = [...new Set(D.rules.map((r) => r.pass).concat(Object.keys(D.findings).map((k) => k.split("/")[0])))].sort();
  for (const p of passes) $("pass").append(el("option", {value: p}, p));
  const rules = [...new Set(D.rules.map((r) => r.rule).concat(Object.keys(D.findings)))].sort();
  for (const r of rules) $("rule").append(el("option", {value: r}, r));
}

function index() {
  const ol = $("index");
  ol.replaceChildren();
  let n = 0;
  D.files.forEach((f, i) => {
    if (!fileMatches(f)) return;
    n++;
    const count = f.edits.filter(matches).length;
    const li = el("li", {"data-index": String(i), class: i === state.file ? "current" : "", title: f.path}, el("span", {class: "n"}, String(count)), f.name);
    li.onclick = () => { state.file = i; update(); };
    ol.append(li);
  });
  $("shown").textContent = `${n} of ${D.files.length} files`;
}

function title(e) {
  const what = e.finding ? `stays: ${e.reason}` : `${JSON.stringify(e.before)} \u2192 ${JSON.stringify(e.after)}: ${e.reason}`;
  return `${e.pass}/${e.rule} [${e.level}] line ${e.line}, column ${e.column}\n${what}${e.moved ? "\n(on text an earlier edit had rewritten)" : ""}`;
}

function showFile() {
  const f = D.files[state.file];
  const doc = $("doc"), list = $("list");
  if (!f) { doc.hidden = true; $("path").hidden = true; $("summary").hidden = false; list.replaceChildren(); $("listhead").textContent = "Edits"; return; }
  $("summary").hidden = true;
  $("path").hidden = false; $("path").textContent = f.name; $("path").dataset.path = f.path; $("path").title = f.path;
  doc.hidden = false;
  const frag = document.createDocumentFragment();
  const items = [];
  for (const piece of f.pieces) {
    if (typeof piece === "string") { frag.append(piece); continue; }
    const e = f.edits[piece];
    const on = matches(e);
    let node;
    if (e.finding) {
      node = el("mark", {class: "finding" + (on ? "" : " off"), title: title(e), "data-pass": e.pass, "data-rule": keyOf(e), "data-level": e.level}, e.moved ? "" : e.before);
    } else {
      node = el("span", {class: "edit" + (e.moved ? " moved" : "") + (on ? "" : " off"), title: title(e), "data-pass": e.pass, "data-rule": keyOf(e), "data-level": e.level});
      if (e.before) node.append(el("del", {}, shown(e.before)));
      if (e.after) node.append(el("ins", {}, shown(e.after)));
    }
    node.id = `e${piece}`;
    frag.append(node);
    items.push([piece, e, on]);
  }
  doc.replaceChildren(frag);
  list.replaceChildren();
  items.sort((a, b) => a[0] - b[0]);
  for (const [i, e, on] of items) {
    const li = el("li", {class: on ? "" : "off", "data-edit": String(i)},
      el("span", {class: "rule"}, `${e.pass}/${e.rule}`), " ", el("span", {class: `lvl lvl-${e.level}`}, e.level),
      el("div", {class: "muted"}, `${e.line}:${e.column} ` + (e.finding ? "stays" : `${JSON.stringify(e.before).slice(0, 60)} \u2192 ${JSON.stringify(e.after).slice(0, 60)}`)),
      el("div", {}, e.reason));
    li.onclick = () => { const t = $(`e${i}`); document.querySelectorAll(".current").forEach((x) => x.classList.remove("current")); t.classList.add("current"); t.scrollIntoView({block: "center"}); };
    list.append(li);
  }
  $("listhead").textContent = `Edits in this file: ${items.filter((x) => x[2]).length}`;
}

function update() {
  const h = new URLSearchParams();
  if (state.pass) h.set("pass", state.pass);
  if (state.rule) h.set("rule", state.rule);
  if (state.q) h.set("q", state.q);
  if (state.file >= 0) h.set("file", String(state.file));
  const hash = h.toString();
  if (location.hash.slice(1) !== hash) history.replaceState(null, "", hash ? "#" + hash : location.pathname);
  index();
  showFile();
}

function fromHash() {
  const h = new URLSearchParams(location.hash.slice(1));
  state.pass = h.get("pass") || ""; state.rule = h.get("rule") || ""; state.q = h.get("q") || "";
  state.file = h.has("file") ? Number(h.get("file")) : -1;
  $("pass").value = state.pass; $("rule").value = state.rule; $("file").value = state.q;
}

summary();
options();
$("base").textContent = D.base;
$("home").onclick = (ev) => { ev.preventDefault(); state.file = -1; update(); };
$("pass").onchange = (ev) => { state.pass = ev.target.value; update(); };
$("rule").onchange = (ev) => { state.rule = ev.target.value; update(); };
$("file").oninput = (ev) => { state.q = ev.target.value; update(); };
window.addEventListener("hashchange", () => { fromHash(); update(); });
fromHash();
update();
</script>
</body>
</html>
"""
