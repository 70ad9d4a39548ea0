#!/usr/bin/python3
"""Every reporting command's --format html page, checked three ways:

1. as a document: tags balanced, only the tags a report may hold, nothing
   that runs or fetches (no script, no event attribute, no link out), ids
   unique, the footer naming the sheet and scenario the JSON report names;
2. against the same command's Markdown: every table cell and heading the
   Markdown holds is in the page, in order, with the same text, so the
   page shows the figures the table shows;
3. in a browser: headless Chromium (Debian chromium-headless-shell)
   renders each page to a PNG that must not be blank (and, for a page
   with a chart, must hold the chart's colours), lays it out 186 mm wide
   (A4 less its margins) with nothing wider than the paper, and prints
   one to PDF on A4.

Usage: html_test.py GENAICOST"""
import concurrent.futures
import html
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

BIN = os.path.abspath(sys.argv[1])
checks = 0
failures = []

# name, arguments, whether the page holds a chart, whether the command
# has a scenario and sheet for the footer (diff and models have less)
PAGES = [
    ("estimate", ["estimate", "examples/chatbot.yaml"], True, True),
    ("estimate-explain", ["estimate", "examples/mixed-deployment.yaml", "--explain"], True, True),
    ("compare", ["compare", "examples/mixed-deployment.yaml"], True, True),
    ("compare-months", ["compare", "examples/learn/provisioned-break-even.yaml", "--months", "6"], True, True),
    ("break-even", ["break-even", "examples/provisioned-vs-on-demand.yaml", "--vary",
                    "workloads.assistant.active_hours_per_day", "--between", "baseline", "--and", "pt-6-month",
                    "--range", "1:24"], True, True),
    ("what-if", ["what-if", "examples/chatbot.yaml", "--set", "deployment.mode=batch", "--explain"], False, True),
    ("sweep", ["what-if", "examples/learn/provisioned-break-even.yaml", "--sweep",
               "workloads.assistant.requests_per_month=10M:50M:5"], True, True),
    ("sweep-grid", ["what-if", "examples/chatbot.yaml", "--sweep", "workloads.chat.requests_per_month=1M:4M:4",
                    "--sweep", "workloads.chat.output_tokens=100:400:4"], True, True),
    ("sensitivity", ["sensitivity", "examples/chatbot-options.yaml", "--explain"], True, True),
    ("forecast", ["forecast", "examples/growing-provisioned.yaml", "--months", "12"], True, True),
    ("simulate", ["simulate", "examples/uncertain-demand.yaml", "--trials", "4000", "--budget", "12000"], True,
     True),
    ("check", ["check", "examples/chatbot.yaml", "--baseline", "examples/ci/chatbot.baseline.json",
               "--max-increase", "10%", "--set", "workloads.chat.output_tokens=500"], False, True),
    ("check-hostile", ["check", "tests/data/hostile/scenario.yaml", "--baseline",
                       "tests/data/hostile/baseline.json"], False, True),
    ("diff", ["diff", "tests/data/ci/baseline-2025.json", "tests/data/ci/gate.yaml"], False, False),
    ("reconcile", ["reconcile", "tests/data/usage/haiku-assistant.yaml", "--bill",
                   "tests/data/usage/cur-2026.csv"], False, True),
    ("models", ["models", "--vendor", "anthropic"], False, False),
    # the report of what was read (on standard output; the scenario to -o)
    ("calibrate", ["calibrate", "--from", "cur", "--request-tokens", "2000", "examples/usage/finance-cur-2026-q3.csv",
                   "-o", "/dev/null"], False, False),
]

# the tags a page may hold: its frame, what the Markdown reader writes,
# and the SVG of a chart
HTML_TAGS = {"html", "head", "meta", "title", "style", "body", "main", "footer", "h1", "h2", "h3", "h4", "h5",
             "h6", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "code", "strong", "sub",
             "details", "summary", "br", "figure", "pre"}
SVG_TAGS = {"svg", "title", "desc", "defs", "pattern", "g", "path", "rect", "line", "polyline", "polygon",
            "circle", "text", "tspan", "clippath", "lineargradient", "stop"}
VOID = {"meta", "br"}


def check(cond, what):
    global checks
    checks += 1
    if not cond:
        failures.append(what)


def run(args, tmp=None):
    p = subprocess.run([BIN, *args], capture_output=True, text=True, cwd=ROOT)
    return p


class Page(html.parser.HTMLParser):
    """Balance, allowed tags and attributes, ids, and the text of every
    table cell, heading and the footer."""

    def __init__(self, name):
        super().__init__(convert_charrefs=True)
        self.name = name
        self.stack = []
        self.ids = []
        self.cells = []       # rows of cell texts, in order
        self.headings = []
        self.footer = ""
        self.svgs = 0
        self.cur = None       # text being gathered: "cell", "heading", "footer"
        self.buf = ""
        self.row = None

    def handle_starttag(self, tag, attrs):
        self._start(tag, attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self._start(tag, attrs)

    def _start(self, tag, attrs):
        in_svg = "svg" in self.stack
        allowed = SVG_TAGS if (in_svg or tag == "svg") else HTML_TAGS
        check(tag in allowed, "%s: tag <%s> is not one a report may hold" % (self.name, tag))
        if tag == "svg":
            self.svgs += 1
        for k, v in attrs:
            v = v or ""
            check(not k.startswith("on"), "%s: event attribute %s" % (self.name, k))
            check(k not in ("src", "action", "formaction"), "%s: attribute %s" % (self.name, k))
            if k in ("href", "xlink:href"):
                check(v.startswith("#"), "%s: a link out: %s=%s" % (self.name, k, v))
            check("javascript:" not in v.lower(), "%s: javascript: in %s" % (self.name, k))
            check("http" not in v or k == "xmlns", "%s: an address in %s=%s" % (self.name, k, v))
            if k == "id":
                self.ids.append(v)
        if tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cur, self.buf = "cell", ""
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.cur, self.buf = "heading", ""
        elif tag == "footer":
            self.cur, self.buf = "footer", ""

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        check(self.stack and self.stack[-1] == tag,
              "%s: </%s> closes <%s>" % (self.name, tag, self.stack[-1] if self.stack else "nothing"))
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        if tag in ("td", "th") and self.row is not None:
            self.row.append(" ".join(self.buf.split()))
            self.cur = None
        elif tag == "tr" and self.row is not None:
            self.cells.append(self.row)
            self.row = None
        elif tag.startswith("h") and len(tag) == 2 and tag[1].isdigit() and self.cur == "heading":
            self.headings.append(" ".join(self.buf.split()))
            self.cur = None
        elif tag == "footer":
            self.footer = " ".join(self.buf.split())
            self.cur = None

    def handle_data(self, data):
        if self.cur and "svg" not in self.stack:
            self.buf += data


def md_text(s):
    """A Markdown cell or heading as the page shows it: escapes undone,
    entities read, ** ` <sub> and <br> dropped."""
    s = re.sub(r"</?(sub|br)>", "", s)
    # an escaped character is text, even a * or a `: kept apart meanwhile
    s = re.sub(r"\\([!-/:-@\[-`{-~])", lambda m: chr(0xF0000 + ord(m.group(1))), s)
    s = s.replace("**", "").replace("`", "")
    s = re.sub("[\U000F0000-\U000F007F]", lambda m: chr(ord(m.group(0)) - 0xF0000), s)
    return " ".join(html.unescape(s).split())


def md_split(line):
    cells, cur, i, code = [], "", 0, False
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    while i < len(line):
        ch = line[i]
        if ch == "\\" and i + 1 < len(line):
            cur += line[i:i + 2]
            i += 2
            continue
        if ch == "`":
            code = not code
        if ch == "|" and not code:
            cells.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    if cur.strip():
        cells.append(cur)
    return [md_text(c) for c in cells]


def md_tables_and_headings(md):
    rows, heads = [], []
    lines = md.split("\n")
    for i, line in enumerate(lines):
        if re.match(r"^#{1,6} ", line):
            heads.append(md_text(line.split(" ", 1)[1]))
        if line.startswith("|") and re.match(r"^\|[-:| ]+\|?$", line):
            continue  # a delimiter row
        if line.startswith("|"):
            rows.append(md_split(line))
    return rows, heads


def strip_empty(row):
    while row and row[-1] == "":
        row = row[:-1]
    return row


def document_checks(name, args, chart, footer, page, md):
    p = Page(name)
    p.feed(page)
    p.close()
    check(not p.stack, "%s: tags left open: %s" % (name, p.stack))
    check(page.startswith("<!DOCTYPE html>\n"), name + ": a DOCTYPE first")
    check(len(p.ids) == len(set(p.ids)), "%s: ids repeat: %s" % (name, sorted(i for i in p.ids if p.ids.count(i) > 1)))
    check(p.svgs == (1 if chart else 0), "%s: %d charts inline, expected %d" % (name, p.svgs, 1 if chart else 0))
    check("<?xml" not in page, name + ": no XML declaration inside the page")
    # the figures: every row of every Markdown table, in order
    want_rows, want_heads = md_tables_and_headings(md)
    got = [strip_empty(r) for r in p.cells]
    want = [strip_empty(r) for r in want_rows]
    check(len(got) == len(want), "%s: %d table rows in the page, %d in the Markdown" % (name, len(got), len(want)))
    for k, (g, w) in enumerate(zip(got, want)):
        check(g == w, "%s: row %d: page %r, Markdown %r" % (name, k, g, w))
    check(p.headings == want_heads, "%s: headings %r, Markdown %r" % (name, p.headings, want_heads))
    check("Made with genaicost" in p.footer, name + ": the footer says what made it")
    if footer:
        j = json.loads(run([*args, "--format", "json"]).stdout)
        sc = j.get("scenario") or {}
        pr = j.get("pricing") or {}
        if isinstance(sc, dict) and sc.get("hash"):
            check(sc["hash"] in p.footer, "%s: footer lacks the scenario hash %s: %r" % (name, sc["hash"], p.footer))
        if isinstance(pr, dict) and pr.get("hash"):
            check(pr["hash"] in p.footer and pr["as_of"] in p.footer and pr["name"] in p.footer,
                  "%s: footer lacks the sheet's name, date or hash: %r" % (name, p.footer))


def chromium():
    for c in ("chromium-headless-shell", "chromium", "chromium-browser"):
        path = shutil.which(c)
        if path:
            return path
    return None


# the probe a copy of each page carries for the layout check: the widest
# the document lays out at 186 mm (703 CSS pixels), written into the DOM
PROBE = ("<script>document.documentElement.setAttribute('data-scroll-width',"
         "String(document.documentElement.scrollWidth));</script>")


def browser(exe, tmp, name, path):
    """Chromium's three looks at one page; returns what it found."""
    base = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=" + os.path.join(tmp, "profile-" + name), "--run-all-compositor-stages-before-draw",
            "--virtual-time-budget=2000"]
    png = os.path.join(tmp, name + ".png")
    r1 = subprocess.run(base + ["--window-size=794,3000", "--screenshot=" + png, "file://" + path],
                        capture_output=True, text=True, timeout=120)
    probe = os.path.join(tmp, name + "-probe.html")
    with open(path) as f:
        text = f.read()
    with open(probe, "w") as f:
        f.write(text.replace("</body>", PROBE + "</body>"))
    r2 = subprocess.run(base + ["--window-size=703,1000", "--dump-dom", "file://" + probe], capture_output=True,
                        text=True, timeout=120)
    m = re.search(r'data-scroll-width="(\d+)"', r2.stdout)
    return png if r1.returncode == 0 and os.path.exists(png) else None, int(m.group(1)) if m else None


def picture_checks(name, chart, png):
    from PIL import Image
    img = Image.open(png).convert("RGB")
    w, h = img.size
    px = img.load()
    ink = colour = 0
    for y in range(0, h, 2):
        for x in range(0, w, 2):
            r, g, b = px[x, y]
            if r < 200 or g < 200 or b < 200:
                ink += 1
            if max(r, g, b) - min(r, g, b) > 60:
                colour += 1
    sampled = (w // 2) * (h // 2)
    check(ink > sampled * 0.005, "%s: the rendered page is blank (%d of %d pixels inked)" % (name, ink, sampled))
    if chart:
        check(colour >= 50, "%s: the chart's colours are not on the page (%d pixels)" % (name, colour))
    return ink / sampled


def main():
    global ROOT
    ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
    exe = chromium()
    if not exe:
        raise SystemExit("html_test: no headless Chromium (sh .ci/deps.sh installs chromium-headless-shell)")
    tmp = tempfile.mkdtemp(prefix="gac-html-")
    try:
        paths = {}
        for name, args, chart, footer in PAGES:
            path = os.path.join(tmp, name + ".html")
            if "-o" in args:  # calibrate: -o takes the scenario, the page goes to standard output
                p = run([*args, "--format", "html"])
                with open(path, "w", encoding="utf-8") as f:
                    f.write(p.stdout)
            else:
                p = run([*args, "--format", "html", "-o", path])
            check(p.returncode in (0, 1), "%s: exit %d: %s" % (name, p.returncode, p.stderr))
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8") as f:
                page = f.read()
            md = run([*args, "--format", "markdown"]).stdout
            document_checks(name, args, chart, footer, page, md)
            paths[name] = (path, chart)
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            seen = {n: pool.submit(browser, exe, tmp, n, p) for n, (p, _) in paths.items()}
            for name, fut in seen.items():
                png, width = fut.result()
                check(png is not None, name + ": Chromium rendered no picture")
                if png:
                    picture_checks(name, paths[name][1], png)
                check(width is not None, name + ": the layout probe did not run")
                if width is not None:
                    check(width <= 703, "%s: %d px wide at 186 mm (703 px): wider than A4 paper" % (name, width))
        # one page printed: A4 paper
        pdf = os.path.join(tmp, "estimate.pdf")
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--user-data-dir=" + os.path.join(tmp, "profile-pdf"), "--print-to-pdf=" + pdf,
                        "file://" + paths["estimate-explain"][0]], capture_output=True, timeout=120)
        data = open(pdf, "rb").read() if os.path.exists(pdf) else b""
        check(data.startswith(b"%PDF"), "estimate-explain: printed to no PDF")
        boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
        check(boxes and all(abs(float(w) - 595.3) < 1.5 and abs(float(h) - 841.9) < 1.5 for w, h in boxes),
              "estimate-explain: printed pages are not A4: %r" % boxes[:3])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for f in failures:
        print("FAIL " + f)
    print("html-test: %d pages, %d checks, %d failed" % (len(PAGES), checks, len(failures)))
    sys.exit(1 if failures else 0)


main()
