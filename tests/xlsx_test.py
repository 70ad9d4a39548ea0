#!/usr/bin/python3
"""--format xlsx read back with openpyxl (Debian python3-openpyxl).

For each example: the workbook of estimate, compare and forecast against
the tool's own JSON report of the same run.  Every cost cell must be the
formula =Dn*Fn (a provisioned quantity =Hn*In), every total a SUM (the
summary of a comparison a reference to the option sheet's total), and
evaluating the formulas by hand from the cells' values must give the
JSON figures to 1e-9 relative; the cached results (what a viewer without
recalculation shows) must be the JSON figures too.  Then the bad cases:
a command that cannot write a workbook (exit 2), an unwritable path and
a failed run (exit 4 / 3, nothing left behind, an existing file kept).

usage: xlsx_test.py GENAICOST_BINARY
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import openpyxl

BIN = os.path.abspath(sys.argv[1])
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
checks = 0
failures = []


# a stored figure: unrounded, to the 16 significant digits libxlsxwriter
# writes (%.16G), never to cents
STORED = 2e-15


def check(ok, what):
    global checks
    checks += 1
    if not ok:
        failures.append(what)
        print("FAIL:", what)


def close(a, b, what, rel=1e-9):
    ok = isinstance(a, (int, float)) and isinstance(b, (int, float)) and \
        abs(a - b) <= rel * max(abs(a), abs(b), 1e-300)
    check(ok or a == b, "%s: %r != %r" % (what, a, b))


def run(*args, env=None):
    return subprocess.run([BIN, *args], cwd=ROOT, capture_output=True, env=env)


def json_of(*args):
    p = run(*args, "--format", "json")
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def book(path):
    """The workbook twice: formulas, and the cached results."""
    return openpyxl.load_workbook(path), openpyxl.load_workbook(path, data_only=True)


def cell_value(ws, ref):
    """A cell's figure, evaluating the formulas this writer uses."""
    v = ws[ref].value
    if not isinstance(v, str) or not v.startswith("="):
        return v
    m = re.fullmatch(r"=([A-Z]+\d+)\*([A-Z]+\d+)", v)
    if m:
        return cell_value(ws, m.group(1)) * cell_value(ws, m.group(2))
    m = re.fullmatch(r"=([A-Z]+\d+)\+([A-Z]+\d+)", v)
    if m:
        return cell_value(ws, m.group(1)) + cell_value(ws, m.group(2))
    m = re.fullmatch(r"=([A-Z]+\d+)-([A-Z]+)\$(\d+)", v)
    if m:
        return cell_value(ws, m.group(1)) - cell_value(ws, m.group(2) + m.group(3))
    m = re.fullmatch(r"=([A-Z]+\d+)/([A-Z]+)\$(\d+)", v)
    if m:
        return cell_value(ws, m.group(1)) / cell_value(ws, m.group(2) + m.group(3))
    m = re.fullmatch(r"=([A-Z]+\d+)", v)
    if m:
        return cell_value(ws, m.group(1))
    m = re.fullmatch(r"=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)", v)
    if m:
        return sum(cell_value(ws, "%s%d" % (m.group(1), r)) or 0
                   for r in range(int(m.group(2)), int(m.group(4)) + 1))
    m = re.fullmatch(r"=\(([A-Z]+\d+)-([A-Z]+\d+)\+1\)\*([A-Z]+\d+)", v)
    if m:
        return (cell_value(ws, m.group(1)) - cell_value(ws, m.group(2)) + 1) * cell_value(ws, m.group(3))
    m = re.fullmatch(r"='((?:[^']|'')+)'!([A-Z]+\d+)", v)
    if m:
        return cell_value(ws.parent[m.group(1).replace("''", "'")], m.group(2))
    raise AssertionError("formula not understood: " + v)


def check_lines(ws, cached, lines, total, what):
    """An estimate's sheet of line items against the JSON lines and total."""
    hdr = [c.value for c in ws[1]]
    check(hdr[:7] == ["Workload", "Model", "Component", "Quantity", "Unit", "Unit price", "Cost"],
          "%s: header %r" % (what, hdr[:7]))
    for i, line in enumerate(lines):
        r = i + 2
        check(ws["A%d" % r].value == line["workload"], "%s row %d workload" % (what, r))
        check(ws["B%d" % r].value == line["model"], "%s row %d model" % (what, r))
        check(ws["C%d" % r].value == line["component"], "%s row %d component" % (what, r))
        check(ws["E%d" % r].value == line["unit"], "%s row %d unit" % (what, r))
        q = ws["D%d" % r].value
        if isinstance(q, str):
            check(q == "=H%d*I%d" % (r, r), "%s row %d quantity formula %r" % (what, r, q))
            check(line["unit"] == "model-unit hour", "%s row %d: units × hours on a %s line" % (what, r, line["unit"]))
        check(ws["G%d" % r].value == "=D%d*F%d" % (r, r), "%s row %d cost formula %r" % (what, r, ws["G%d" % r].value))
        close(cell_value(ws, "D%d" % r), line["quantity"], "%s row %d quantity" % (what, r))
        close(ws["F%d" % r].value, line["unit_price"], "%s row %d unit price" % (what, r), rel=STORED)
        close(cell_value(ws, "G%d" % r), line["cost"], "%s row %d cost evaluated" % (what, r))
        close(cached["G%d" % r].value, line["cost"], "%s row %d cost cached" % (what, r), rel=STORED)
        if not isinstance(q, str):
            close(q, line["quantity"], "%s row %d quantity stored" % (what, r), rel=STORED)
        check("$" in ws["G%d" % r].number_format or "USD" in ws["G%d" % r].number_format or
              '"' in ws["G%d" % r].number_format, "%s row %d money format %r" % (what, r, ws["G%d" % r].number_format))
    tr = len(lines) + 2
    check(ws["A%d" % tr].value == "Total", "%s: Total row at %d" % (what, tr))
    if lines:
        check(ws["G%d" % tr].value == "=SUM(G2:G%d)" % (tr - 1), "%s: total formula %r" % (what, ws["G%d" % tr].value))
    close(cell_value(ws, "G%d" % tr), total, "%s total evaluated" % what)
    close(cached["G%d" % tr].value, total, "%s total cached" % what)
    return tr


def check_inputs(wb, scenario):
    params = json_of("params", scenario)["params"]
    ws = wb["Inputs"]
    got = {row[0]: row[1] for row in ws.iter_rows(min_row=2, values_only=True)}
    for p in params:
        if p["type"] == "text" and not p["value"]:
            continue
        check(p["path"] in got, "Inputs lacks %s" % p["path"])
        v = got.get(p["path"])
        if p["value"] is None:
            check(v == "unset", "Inputs %s: %r, expected unset" % (p["path"], v))
        elif isinstance(p["value"], (int, float)) and not isinstance(p["value"], bool):
            close(v, p["value"], "Inputs %s" % p["path"])
        else:
            check(str(v) == str(p["value"]), "Inputs %s: %r != %r" % (p["path"], v, p["value"]))


def check_sources(wb, pricing, models):
    ws = wb["Sources"]
    facts = {row[0]: row[1] for row in ws.iter_rows(values_only=True) if row[0]}
    check(facts.get("Price sheet") == pricing["name"], "Sources: sheet name %r" % facts.get("Price sheet"))
    check(facts.get("Prices as of") == pricing["as_of"], "Sources: date %r" % facts.get("Prices as of"))
    check(facts.get("Price sheet hash") == pricing["hash"], "Sources: hash")
    listed = {row[0]: row[2] for row in ws.iter_rows(values_only=True)}
    for m in models:
        if m in ("-", "*"):
            continue
        check(m in listed and listed[m], "Sources: no source for %s" % m)


tmp = tempfile.mkdtemp()
ESTIMATES = ["chatbot.yaml", "mixed-deployment.yaml", "multi-region-assistant.yaml", "negotiated-prices.yaml",
             "document-pipeline.yaml", "batch-documents.yaml", "agent-drivers.yaml"]
for ex in ESTIMATES:
    sc = "examples/" + ex
    out = os.path.join(tmp, ex + ".xlsx")
    p = run("estimate", sc, "--format", "xlsx", "-o", out)
    check(p.returncode == 0 and p.stdout == b"", "estimate %s: exit %d %r" % (ex, p.returncode, p.stderr))
    j = json_of("estimate", sc)
    wb, cached = book(out)
    check(wb.sheetnames == ["Estimate", "Inputs", "Sources"], "estimate %s sheets %r" % (ex, wb.sheetnames))
    tr = check_lines(wb["Estimate"], cached["Estimate"], j["lines"], j["total"], "estimate " + ex)
    if j.get("expected_outage_cost"):
        ws = wb["Estimate"]
        check(ws["G%d" % (tr + 1)].value == "=D%d*F%d" % (tr + 1, tr + 1), "risk line formula")
        close(cell_value(ws, "G%d" % (tr + 1)), j["expected_outage_cost"], "risk line " + ex)
        close(cell_value(ws, "G%d" % (tr + 2)), j["risk_adjusted_total"], "risk-adjusted total " + ex)
    check_inputs(wb, sc)
    check_sources(wb, j["pricing"], {l["model"] for l in j["lines"]})

# the provisioned line of mixed-deployment: 4 units × 730 hours
wb, _ = book(os.path.join(tmp, "mixed-deployment.yaml.xlsx"))
ws = wb["Estimate"]
check(ws["D3"].value == "=H3*I3" and ws["H3"].value == 4 and ws["I3"].value == 730,
      "provisioned line as units × hours: %r %r %r" % (ws["D3"].value, ws["H3"].value, ws["I3"].value))

# a quick estimate (no scenario file) writes a workbook too
out = os.path.join(tmp, "quick.xlsx")
p = run("estimate", "--model", "amazon.nova-lite-v1:0", "--requests", "1M", "--input-tokens", "1000",
        "--output-tokens", "200", "--format", "xlsx", "-o", out)
check(p.returncode == 0, "quick estimate xlsx: %r" % p.stderr)
j = json_of("estimate", "--model", "amazon.nova-lite-v1:0", "--requests", "1M", "--input-tokens", "1000",
            "--output-tokens", "200")
wb, cached = book(out)
check_lines(wb["Estimate"], cached["Estimate"], j["lines"], j["total"], "quick estimate")

for ex in ["mixed-deployment.yaml", "chatbot-options.yaml", "custom-vs-fine-tuned.yaml",
           "provisioned-vs-on-demand.yaml", "multi-region-assistant.yaml"]:
    sc = "examples/" + ex
    out = os.path.join(tmp, "cmp-" + ex + ".xlsx")
    p = run("compare", sc, "--format", "xlsx", "-o", out)
    check(p.returncode == 0, "compare %s: exit %d %r" % (ex, p.returncode, p.stderr))
    j = json_of("compare", sc)
    wb, cached = book(out)
    opts = j["options"]
    check(wb.sheetnames[0] == "Summary" and wb.sheetnames[-2:] == ["Inputs", "Sources"],
          "compare %s sheets %r" % (ex, wb.sheetnames))
    check(len(wb.sheetnames) == len(opts) + 3, "compare %s: a sheet per option" % ex)
    summ, csumm = wb["Summary"], cached["Summary"]
    for i, o in enumerate(opts):
        r = i + 2
        check(summ["A%d" % r].value == o["name"], "compare %s summary row %d name" % (ex, r))
        sheet = summ["F%d" % r].value
        ref = summ["B%d" % r].value
        check(isinstance(ref, str) and re.fullmatch(r"='(?:[^']|'')+'!G\d+", ref),
              "compare %s: summary total %r is not a reference to the option sheet" % (ex, ref))
        tr = check_lines(wb[sheet], cached[sheet], o["lines"], o["total"], "compare %s option %s" % (ex, o["name"]))
        check(ref == "='%s'!G%d" % (sheet.replace("'", "''"), tr), "compare %s: summary refers to %r" % (ex, ref))
        close(cell_value(summ, "B%d" % r), o["total"], "compare %s summary total %s" % (ex, o["name"]))
        close(csumm["B%d" % r].value, o["total"], "compare %s summary cached %s" % (ex, o["name"]))
        close(cell_value(summ, "C%d" % r), o["delta"], "compare %s delta %s" % (ex, o["name"]), rel=1e-9)
        if opts[0]["total"]:
            close(cell_value(summ, "D%d" % r) * 100, o["delta_percent"], "compare %s delta%% %s" % (ex, o["name"]))
        check((summ["E%d" % r].value == "cheapest") == (o["name"] == j["cheapest"]),
              "compare %s cheapest mark on %s" % (ex, o["name"]))
    check_inputs(wb, sc)
    # what each option changes, as options.NAME.PATH rows
    got = {row[0]: row[1] for row in wb["Inputs"].iter_rows(min_row=2, values_only=True)}
    wanted = {k: v for k, v in j["inputs"].items() if k.startswith("options.")}
    check(len(wanted) > 0 or len(opts) == 1, "compare %s: JSON lists no option changes" % ex)
    for path, v in wanted.items():
        g = got.get(path)
        check(path in got and (str(g) == str(v) or (isinstance(g, (int, float)) and float(v) == g)),
              "compare %s: Inputs %s = %r, JSON %r" % (ex, path, g, v))
    check_sources(wb, j["pricing"], {l["model"] for o in opts for l in o["lines"]})

for ex, months in [("growing-provisioned.yaml", 12), ("growing-assistant.yaml", 24), ("chatbot.yaml", 3)]:
    sc = "examples/" + ex
    out = os.path.join(tmp, "fc-" + ex + ".xlsx")
    p = run("forecast", sc, "--months", str(months), "--format", "xlsx", "-o", out)
    check(p.returncode == 0, "forecast %s: exit %d %r" % (ex, p.returncode, p.stderr))
    j = json_of("forecast", sc, "--months", str(months))
    wb, cached = book(out)
    check(wb.sheetnames == ["Forecast", "Purchases", "Inputs", "Sources"], "forecast sheets %r" % wb.sheetnames)
    ws, cws = wb["Forecast"], cached["Forecast"]
    for i, m in enumerate(j["months"]):
        r = i + 2
        check(ws["A%d" % r].value == m["month"], "forecast %s month %d" % (ex, r))
        check(ws["B%d" % r].value == m["deployment"], "forecast %s option row %d" % (ex, r))
        close(ws["H%d" % r].value, m["total"], "forecast %s total row %d" % (ex, r))
        want = "=H%d" % r if i == 0 else "=I%d+H%d" % (r - 1, r)
        check(ws["I%d" % r].value == want, "forecast %s cumulative formula %r" % (ex, ws["I%d" % r].value))
        close(cell_value(ws, "I%d" % r), m["cumulative"], "forecast %s cumulative row %d" % (ex, r))
        close(cws["I%d" % r].value, m["cumulative"], "forecast %s cumulative cached row %d" % (ex, r))
        close(ws["J%d" % r].value, m["owed_after"], "forecast %s owed row %d" % (ex, r))
    tr = len(j["months"]) + 2
    check(ws["H%d" % tr].value == "=SUM(H2:H%d)" % (tr - 1), "forecast %s: total is a SUM" % ex)
    close(cell_value(ws, "H%d" % tr), j["months"][-1]["cumulative"], "forecast %s total" % ex)
    pw = wb["Purchases"]
    for i, pu in enumerate(j["purchases"]):
        r = i + 2
        check(pw["A%d" % r].value == pu["option"], "forecast %s purchase %d option" % (ex, r))
        close(pw["G%d" % r].value, pu["monthly_cost"], "forecast %s purchase %d monthly" % (ex, r))
        close(cell_value(pw, "H%d" % r), (pu["last_month"] - pu["month"] + 1) * pu["monthly_cost"],
              "forecast %s purchase %d billed" % (ex, r))
    check_inputs(wb, sc)

# standard output that is not a terminal: the workbook itself
p = run("estimate", "examples/chatbot.yaml", "--format", "xlsx")
check(p.returncode == 0 and p.stdout[:4] == b"PK\x03\x04", "xlsx to a pipe: exit %d" % p.returncode)
with open(os.path.join(tmp, "piped.xlsx"), "wb") as f:
    f.write(p.stdout)
wb, _ = book(os.path.join(tmp, "piped.xlsx"))
check(wb["Estimate"]["G2"].value == "=D2*F2", "xlsx to a pipe reads back")

# bad input: commands that cannot write a workbook
for args in (["what-if", "examples/chatbot.yaml", "--set", "workloads.chat.input_tokens=10"],
             ["sensitivity", "examples/chatbot.yaml"], ["simulate", "examples/uncertain-demand.yaml"],
             ["break-even", "examples/provisioned-vs-on-demand.yaml"]):
    p = run(*args, "--format", "xlsx", "-o", os.path.join(tmp, "no.xlsx"))
    check(p.returncode == 2 and b"has no --format xlsx" in p.stderr,
          "%s --format xlsx: exit %d %r" % (args[0], p.returncode, p.stderr))
    check(not os.path.exists(os.path.join(tmp, "no.xlsx")), "%s left a file" % args[0])

# an unwritable path: exit 4, nothing left in the temporary directory
scratch = tempfile.mkdtemp()
env = dict(os.environ, TMPDIR=scratch)
p = run("estimate", "examples/chatbot.yaml", "--format", "xlsx", "-o", os.path.join(tmp, "missing", "x.xlsx"), env=env)
check(p.returncode == 4 and b"cannot create" in p.stderr, "unwritable path: exit %d %r" % (p.returncode, p.stderr))
check(os.listdir(scratch) == [], "unwritable path left %r in TMPDIR" % os.listdir(scratch))
p = run("estimate", "examples/chatbot.yaml", "--format", "xlsx", "-o", tmp, env=env)
check(p.returncode == 4 and b"is a directory" in p.stderr, "-o a directory: exit %d %r" % (p.returncode, p.stderr))
# no temporary directory: exit 4, the target untouched
keep = os.path.join(tmp, "keep.xlsx")
with open(keep, "w") as f:
    f.write("old")
p = run("estimate", "examples/chatbot.yaml", "--format", "xlsx", "-o", keep,
        env=dict(os.environ, TMPDIR=os.path.join(tmp, "none")))
check(p.returncode == 4 and b"temporary directory" in p.stderr, "no TMPDIR: exit %d %r" % (p.returncode, p.stderr))
check(open(keep).read() == "old", "a failed run replaced the target")
# a run that fails before writing keeps the existing file
p = run("estimate", "examples/chatbot.yaml", "--set", "workloads.chat.model=no-such-model", "--format", "xlsx",
        "-o", keep, env=env)
check(p.returncode != 0 and open(keep).read() == "old", "failed estimate: exit %d, target kept" % p.returncode)
check(os.listdir(scratch) == [], "failed estimate left %r in TMPDIR" % os.listdir(scratch))
# success replaces it, and leaves no temporary file beside it or in TMPDIR
p = run("estimate", "examples/chatbot.yaml", "--format", "xlsx", "-o", keep, env=env)
check(p.returncode == 0 and open(keep, "rb").read(4) == b"PK\x03\x04", "replace an existing file")
check(not [n for n in os.listdir(tmp) if n.startswith(".genaicost")], "temporary file left beside the target")
check(os.listdir(scratch) == [], "workbook left in TMPDIR")

print("xlsx test: %d checks, %d failed" % (checks, len(failures)))
sys.exit(1 if failures else 0)
