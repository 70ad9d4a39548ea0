#!/usr/bin/python3
"""Every chart the tool draws, parsed as XML and checked against the same
command's JSON report: the series, the category labels and the marks it
must carry, nothing that would run or fetch, and the PNG and PDF beside
it.  Usage: chart_test.py GENAICOST"""
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"
BIN = sys.argv[1]
checks = 0
failures = []


def run(*args):
    p = subprocess.run([BIN, *args], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit("%s: exit %d: %s" % (" ".join(args), p.returncode, p.stderr))
    return p.stdout


def check(cond, what):
    global checks
    checks += 1
    if not cond:
        failures.append(what)


def svg_of(tmp, name, *args):
    path = os.path.join(tmp, name + ".svg")
    run(*args, "--chart", path)
    root = ET.parse(path).getroot()  # raises on anything that is not XML
    check(root.tag == NS + "svg", name + ": root is <svg>")
    check(root.get("viewBox", "").startswith("0 0 "), name + ": has a viewBox")
    check(root.find(NS + "title") is not None and root.find(NS + "title").text, name + ": has a <title>")
    check(root.find(NS + "desc") is not None and root.find(NS + "desc").text, name + ": has a <desc>")
    # where the figures come from, under every chart the CLI draws
    note = texts(root, "chart-note")
    check(len(note) == 1 and re.match(r"^Prices: .+ \(as of \d{4}-\d{2}-\d{2}\) \u00b7 scenario hash [0-9a-f]{16}$",
                                       note[0] or ""), name + ": the note of sheet and scenario: %r" % note)
    for el in root.iter():
        tag = el.tag.replace(NS, "")
        check(tag not in ("script", "foreignObject", "image", "a", "style"), name + ": no <%s>" % tag)
        for k, v in el.attrib.items():
            check(not k.startswith("on"), name + ": no event attribute " + k)
            check("http" not in v or k == "xmlns", name + ": no link in " + k)
    return root


def groups(root, cls):
    return [g for g in root.iter(NS + "g") if cls in (g.get("class") or "").split()]


def series(root):
    return [g.get("data-series") for g in groups(root, "series")]


def texts(root, cls):
    return [t.text for t in root.iter(NS + "text") if t.get("class") == cls]


def marks(root, cls):
    return [g for g in root.iter(NS + "g") if (g.get("class") or "").split() == ["mark", cls]]


with tempfile.TemporaryDirectory() as tmp:
    # estimate: one bar per workload, a series per component
    args = ["estimate", "examples/document-pipeline.yaml"]
    rep = json.loads(run(*args, "--format", "json"))
    root = svg_of(tmp, "estimate", *args)
    want_cats = list(dict.fromkeys(l["workload"] for l in rep["lines"]))
    want_series = list(dict.fromkeys(l["component"] for l in rep["lines"]))
    check(texts(root, "category") == want_cats, "estimate: categories %s" % texts(root, "category"))
    check(series(root) == want_series, "estimate: series %s" % series(root))
    check(root.find(NS + "title").text == rep["scenario"]["name"], "estimate: title is the scenario's name")
    check(texts(root, "chart-note") == ["Prices: %s (as of %s) \u00b7 scenario hash %s" % (
        rep["pricing"]["name"], rep["pricing"]["as_of"], rep["scenario"]["hash"])],
          "estimate: the note names the report's sheet, date and scenario hash: %r" % texts(root, "chart-note"))

    # compare: the options, the cheapest marked, under capacity flagged
    for f in ("examples/chatbot-options.yaml", "examples/mixed-deployment.yaml"):
        args = ["compare", f]
        rep = json.loads(run(*args, "--format", "json"))
        name = "compare-" + os.path.basename(f)
        root = svg_of(tmp, name, *args)
        names = [o["name"] for o in rep["options"]]
        check(texts(root, "category") == names, name + ": categories %s" % texts(root, "category"))
        cheapest = marks(root, "cheapest")
        check(len(cheapest) == 1 and cheapest[0].get("data-name") == "cheapest", name + ": one cheapest mark")
        under = [o["name"] for o in rep["options"] if o["under_capacity"]]
        check(len(marks(root, "under-capacity")) == len(under), name + ": under-capacity marks %s" % under)
        # every bar's total, as the report has it to the dollar
        totals = texts(root, "total")
        check(len(totals) == len(names), name + ": a total per option")
        for o, t in zip(rep["options"], totals):
            check(t == "${:,.0f}".format(o["total"]) or t == "${:,.2f}".format(o["total"]),
                  name + ": total %s for %s" % (t, o["total"]))
    check(len(under) == 1, "mixed-deployment has an under-capacity option")

    # simulate: histogram and distribution, a series per option in each,
    # the budget marked and each option's probability of exceeding it
    args = ["simulate", "examples/uncertain-demand.yaml", "--trials", "800", "--budget", "12000"]
    rep = json.loads(run(*args, "--format", "json"))
    root = svg_of(tmp, "simulate", *args)
    panels = groups(root, "panel")
    check([p.get("class") for p in panels] == ["panel histogram", "panel cdf"], "simulate: two panels")
    for p in panels:
        got = [g.get("data-series") for g in p.iter(NS + "g") if g.get("class") == "series"]
        want = ["%s (P over budget %.1f%%)" % (o["name"], 100 * o["prob_over_budget"]) for o in rep["options"]]
        check(got == want, "simulate: series %s, want %s" % (got, want))
        check(len([g for g in p.iter(NS + "g") if g.get("class") == "mark budget"]) == 1, "simulate: budget")

    # sensitivity: a tornado of the inputs that move the total
    args = ["sensitivity", "examples/chatbot.yaml"]
    rep = json.loads(run(*args, "--format", "json"))
    root = svg_of(tmp, "sensitivity", *args)
    moving = [i["path"] for i in rep["inputs"] if i["swing"] > 0]
    check(texts(root, "category") == moving, "sensitivity: rows %s" % texts(root, "category"))
    check(series(root) == ["input moved down", "input moved up"], "sensitivity: series")
    base = marks(root, "base")
    check(len(base) == 1 and base[0].get("data-name") == "base ${:,.2f}".format(rep["total"]),
          "sensitivity: base mark")

    # break-even: the two options' lines, a point per crossing, a line
    # where an option runs out of capacity
    args = ["break-even", "examples/learn/provisioned-break-even.yaml", "--vary",
            "workloads.assistant.requests_per_month", "--between", "baseline", "--and", "pt-6-month"]
    rep = json.loads(run(*args, "--format", "json"))
    root = svg_of(tmp, "break-even", *args)
    check(series(root) == [rep["a"], rep["b"]], "break-even: series %s" % series(root))
    check(len(marks(root, "crossing")) == len(rep["break_even"]) >= 1, "break-even: a mark per crossing")
    limits = [k for k in ("a", "b") if rep["capacity_limit"][k]]
    check(len(marks(root, "capacity")) == len(limits), "break-even: capacity marks %s" % limits)
    check(all(len(g.findall(NS + "path")[0].get("d").split("L")) == 240 for g in groups(root, "series")),
          "break-even: 240 points a line")
    # the points past the limit crossed, the first of the run labelled
    crosses = marks(root, "under-capacity")
    named = [g.get("data-name") for g in crosses if g.get("data-name")]
    want = [rep[k] + " under capacity" for k in limits]
    check(named == want, "break-even: under-capacity runs %s, want %s" % (named, want))
    check(len(crosses) > len(named) and len(crosses) <= 16 and all(len(g.findall(NS + "path")) == 2 for g in crosses),
          "break-even: crosses on the points under capacity, at most 16 (%d)" % len(crosses))

    # sweep over one axis: a cross per (point, option) the JSON flags
    # under capacity (the table's TOO FEW), each run's first labelled
    args = ["what-if", "examples/learn/provisioned-break-even.yaml", "--sweep",
            "workloads.assistant.requests_per_month=5M:40M:8"]
    rep = json.loads(run(*args, "--format", "json"))
    root = svg_of(tmp, "sweep-capacity", *args)
    under = [(i, o) for o in rep["options"] for i, r in enumerate(rep["rows"]) if r["under_capacity"][o]]
    runs = [o + " under capacity" for (i, o) in under if (i - 1, o) not in under]
    crosses = marks(root, "under-capacity")
    check(len(under) >= 2 and len(crosses) == len(under), "sweep-capacity: %d crosses for %d points under capacity"
          % (len(crosses), len(under)))
    check([g.get("data-name") for g in crosses if g.get("data-name")] == runs,
          "sweep-capacity: runs labelled %s" % runs)

    # quick mode (1 to 1T requests, a log scan): a log y axis too, so
    # that the lines do not lie on $0, and the x axis named in words
    args = ["break-even", "--model", "anthropic.claude-instant-v1", "--input-tokens", "1500", "--output-tokens",
            "400", "--commitment", "6-month"]
    rep = json.loads(run(*args, "--format", "json"))
    root = svg_of(tmp, "break-even-quick", *args)
    check(rep["scan_step"]["ratio"], "break-even-quick: a log scan")
    check(texts(root, "axis-title")[:2] == ["Cost per month", "requests per month"],
          "break-even-quick: axis titles %s" % texts(root, "axis-title"))

    def money(t):
        t = t.replace("$", "").replace(",", "")
        mul = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}.get(t[-1], 1)
        return float(t.rstrip("KMBT")) * mul
    ys = [money(t) for t in texts(root, "tick") if t.startswith("$")]
    ratios = [b / a for a, b in zip(ys, ys[1:])]
    check(len(ys) >= 4 and all(abs(r - ratios[0]) < 1e-6 * r and r >= 10 for r in ratios),
          "break-even-quick: y ticks a power of ten apart %s" % ys)
    check(ys[0] <= min(c["cost_a"] for c in rep["break_even"]) <= ys[-1], "break-even-quick: the crossing on the axis")

    # sweeps: a line per option over one axis, a heat map per option over two
    sweep = "workloads.chat.requests_per_month=100k:10M:20:log"
    root = svg_of(tmp, "sweep-1", "what-if", "examples/chatbot-options.yaml", "--sweep", sweep)
    rep = json.loads(run("compare", "examples/chatbot-options.yaml", "--format", "json"))
    names = [o["name"] for o in rep["options"]]
    check(series(root) == names, "sweep-1: series %s" % series(root))
    root = svg_of(tmp, "sweep-2", "what-if", "examples/chatbot-options.yaml", "--sweep",
                  "workloads.chat.requests_per_month=100k:1M:4", "--sweep", "workloads.chat.output_tokens=100:400:4")
    panels = groups(root, "heatmap")
    check(len(panels) == len(names), "sweep-2: a heat map per option")
    check([p.get("data-name").split(":")[0] for p in panels] == names, "sweep-2: panels named by option")
    check(all(len([g for g in p.iter(NS + "g") if g.get("class") == "series"]) == 4 for p in panels),
          "sweep-2: four rows a map")
    check(texts(root, "category")[:4] == ["100", "200", "300", "400"], "sweep-2: columns %s" % texts(root, "category")[:4])
    check(texts(root, "row")[:4] == ["100K", "400K", "700K", "1M"], "sweep-2: rows %s" % texts(root, "row")[:4])
    # one colour scale for all the maps: cells of equal money are one
    # colour in every panel, each cell's value in its <title>, a scale
    # with money ticks a map, no white borders round the cells
    args = ["what-if", "examples/learn/provisioned-break-even.yaml", "--sweep",
            "workloads.assistant.requests_per_month=5M:40M:30", "--sweep", "workloads.assistant.output_tokens=100:800:8"]
    rep = json.loads(run(*args, "--format", "json"))
    root = svg_of(tmp, "sweep-grid", *args)
    cells = groups(root, "cell")
    check(len(cells) == 30 * 8 * len(rep["options"]), "sweep-grid: %d cells" % len(cells))
    fill_of = {}
    for g in cells:
        title = g.find(NS + "title")
        r = g.find(NS + "rect")
        check(title is not None and "$" in title.text, "sweep-grid: a cell's value in its <title>")
        check(r.get("stroke") is None, "sweep-grid: no border round a cell")
        if title is not None:
            fill_of.setdefault(title.text.split(": ")[-1], set()).add(r.get("fill"))
    check(all(len(f) == 1 for f in fill_of.values()), "sweep-grid: equal money, one colour in every map")
    want = sorted({round(r[o], 2) for r in rep["rows"] for o in rep["options"]})
    lo = "${:,.2f}".format(want[0]); hi = "${:,.2f}".format(want[-1])
    check(fill_of.get(lo) != fill_of.get(hi), "sweep-grid: cheapest %s and dearest %s differ" % (lo, hi))
    check(len(groups(root, "colour-scale")) == len(rep["options"]), "sweep-grid: a colour scale a map")
    ticks = texts(root, "scale-tick")
    check(ticks and all(t.startswith("$") for t in ticks), "sweep-grid: money on the scale %s" % ticks[:3])
    rows = texts(root, "row")
    check(0 < len(rows) <= 13 * len(rep["options"]), "sweep-grid: %d row labels for 30 rows a map" % len(rows))

    # forecast: a bar a month, the committed part a series of its own
    args = ["forecast", "examples/growing-assistant.yaml", "--months", "24"]
    rep = json.loads(run(*args, "--format", "json"))
    root = svg_of(tmp, "forecast", *args)
    check(texts(root, "category") == [str(m["month"]) for m in rep["months"]], "forecast: months")
    check(any(s.endswith(": committed") for s in series(root)), "forecast: committed series %s" % series(root))
    # each month's bar adds up to its total: the heights of its rects
    totals = {}
    for g in groups(root, "series"):
        for r in g.iter(NS + "rect"):
            if r.get("fill", "").startswith("url("):
                continue
            x = r.get("x")
            totals[x] = totals.get(x, 0) + float(r.get("height"))
    tallest = max(totals.values())
    want = max(m["total"] for m in rep["months"])
    check(len(totals) == len(rep["months"]), "forecast: a bar a month")
    ratio = [h / tallest for x, h in sorted(totals.items(), key=lambda kv: float(kv[0]))]
    check(all(abs(r - m["total"] / want) < 0.01 for r, m in zip(ratio, rep["months"])),
          "forecast: bar heights in proportion to the totals")

    # user text escaped: a scenario named with markup stays text
    sc = os.path.join(tmp, "odd.yaml")
    with open("examples/chatbot.yaml") as src, open(sc, "w") as dst:
        for line in src:
            dst.write('name: "<b>&\\"x\\"</b>"\n' if line.startswith("name:") else line)
    root = svg_of(tmp, "escaped", "estimate", sc)
    check(root.find(NS + "title").text == '<b>&"x"</b>', "escaped: title text")
    check(not list(root.iter(NS + "b")) and not list(root.iter("b")), "escaped: no <b> element")

    # PNG and PDF of the same chart
    png = os.path.join(tmp, "c.png")
    run("compare", "examples/chatbot-options.yaml", "--chart", png)
    b = open(png, "rb").read()
    check(b[:8] == b"\x89PNG\r\n\x1a\n" and b[12:16] == b"IHDR", "png: signature and IHDR")
    check(struct.unpack(">II", b[16:24]) == (1600, 932), "png: 1600 x 932 (444 + the 22 px note, twice)")
    pdf = os.path.join(tmp, "c.pdf")
    run("sensitivity", "examples/chatbot.yaml", "--chart", pdf)
    b = open(pdf, "rb").read()
    check(b.startswith(b"%PDF-") and b.rstrip().endswith(b"%%EOF"), "pdf: header and trailer")

for f in failures:
    print("FAIL", f)
print("chart-test: %d checks, %d failed" % (checks, len(failures)))
sys.exit(1 if failures else 0)
