"""pytest for the genaicost Python package (make python-test).

Run against the library of the build tree: GENAICOST_LIBRARY names it and
GENAICOST_CLI the genaicost tool built beside it, whose --format json
reports the package must reproduce.  Paths are relative to the source root.
"""

import json
import os
import subprocess
import sys

import pytest

import genaicost

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CLI = os.environ.get("GENAICOST_CLI", os.path.join(ROOT, "build", "genaicost"))
CHATBOT = os.path.join(ROOT, "examples", "chatbot.yaml")
OPTIONS = os.path.join(ROOT, "examples", "chatbot-options.yaml")
UNCERTAIN = os.path.join(ROOT, "examples", "uncertain-demand.yaml")
PT = os.path.join(ROOT, "examples", "learn", "provisioned-break-even.yaml")


def cli_json(*args):
    """The tool's --format json report, parsed."""
    out = subprocess.run([CLI, *args, "--format", "json"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


# examples/chatbot.yaml by hand: 2M requests a month, 10% served from the
# response cache, 20% of the rest through batch: 1.44M on demand, 0.36M
# batch; 1,500 input tokens (50% cache read, 5% cache write), 400 output;
# Claude 3.5 Sonnet at $0.003 / $0.015 per 1K (cache write $0.00375, read
# $0.0003, batch half price).
CHATBOT_LINES = [
    ("input tokens", 1.44e6 * 1500 * 0.45 / 1000, 0.003),       # 972,000 × 0.003 = 2,916
    ("cache write tokens", 1.44e6 * 1500 * 0.05 / 1000, 0.00375),  # 108,000 → 405
    ("cache read tokens", 1.44e6 * 1500 * 0.5 / 1000, 0.0003),  # 1,080,000 → 324
    ("output tokens", 1.44e6 * 400 / 1000, 0.015),              # 576,000 → 8,640
    ("batch input tokens", 0.36e6 * 1500 / 1000, 0.0015),       # 540,000 → 810
    ("batch output tokens", 0.36e6 * 400 / 1000, 0.0075),       # 144,000 → 1,080
]


def test_estimate_chatbot_figures():
    r = genaicost.estimate(CHATBOT)
    assert r["genaicost"] == "report/1"
    assert r["total"] == 14175.0
    assert [l["component"] for l in r["lines"]] == [c for c, _, _ in CHATBOT_LINES]
    for line, (component, qty, price) in zip(r["lines"], CHATBOT_LINES):
        assert line["quantity"] == pytest.approx(qty, rel=1e-12), component
        assert line["unit_price"] == pytest.approx(price, rel=1e-12), component
        assert line["cost"] == pytest.approx(qty * price, rel=1e-12), component
    assert [l["cost"] for l in r["lines"]] == [2916.0, 405.0, 324.0, 8640.0, 810.0, 1080.0]
    assert sum(l["cost"] for l in r["lines"]) == r["total"]


def test_estimate_is_the_cli_report():
    assert genaicost.estimate(CHATBOT) == cli_json("estimate", CHATBOT)
    assert genaicost.estimate(CHATBOT, explain=True) == cli_json("estimate", CHATBOT, "--explain")


def test_line_items_are_records():
    # what pandas.DataFrame(lines) takes as it is: flat dicts, one set of keys
    lines = genaicost.estimate(CHATBOT)["lines"]
    keys = set(lines[0])
    assert {"workload", "model", "component", "quantity", "unit", "unit_price", "cost"} <= keys
    for line in lines:
        assert set(line) == keys
        assert all(isinstance(v, (str, float, int)) for v in line.values())


def test_line_items_into_dataframe():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(genaicost.estimate(CHATBOT)["lines"])
    assert list(df["cost"]) == [2916.0, 405.0, 324.0, 8640.0, 810.0, 1080.0]
    assert df["cost"].sum() == 14175.0
    assert df.groupby("workload")["cost"].sum()["chat"] == 14175.0


def test_set_overrides():
    # 800 output tokens: output 1.44M × 800 / 1000 × 0.015 = 17,280 (was
    # 8,640) and batch output 0.36M × 800 / 1000 × 0.0075 = 2,160 (was 1,080)
    r = genaicost.estimate(CHATBOT, set={"workloads.chat.output_tokens": 800})
    assert r["total"] == 14175.0 + 8640.0 + 1080.0
    assert r == cli_json("estimate", CHATBOT, "--set", "workloads.chat.output_tokens=800")
    # words and suffixes as --set takes them, applied in order
    r2 = genaicost.estimate(CHATBOT, set=["workloads.chat.requests_per_month=1M",
                                          "workloads.chat.output_tokens=800"])
    assert r2["total"] == pytest.approx(r["total"] / 2, rel=1e-12)
    r3 = genaicost.estimate(CHATBOT, set={"workloads.chat.batch_fraction": 0.0, "region": "us-west-2"})
    assert r3 == cli_json("estimate", CHATBOT, "--set", "workloads.chat.batch_fraction=0",
                          "--set", "region=us-west-2")


def test_pricing_argument():
    sheet = os.path.join(ROOT, "pricing", "aws-bedrock.yaml")
    assert genaicost.estimate(CHATBOT, pricing=sheet)["total"] == 14175.0
    with pytest.raises(genaicost.Error) as e:
        genaicost.estimate(CHATBOT, pricing="no-such-sheet")
    assert e.value.status == genaicost.Status.ENOTFOUND
    # every directory searched is named, each once
    looked = e.value.detail.split("(looked in ", 1)[1].rstrip(")").split(", ")
    assert looked and len(looked) == len({os.path.realpath(d) for d in looked})


def test_compare():
    r = genaicost.compare(OPTIONS)
    assert r == cli_json("compare", OPTIONS)
    assert r["options"][0]["name"] == "baseline"
    assert r["options"][0]["total"] == 14175.0
    assert genaicost.compare(OPTIONS, months=12) == cli_json("compare", OPTIONS, "--months", "12")
    s = {"workloads.chat.output_tokens": 800}
    assert genaicost.compare(OPTIONS, set=s) == cli_json("compare", OPTIONS, "--set",
                                                        "workloads.chat.output_tokens=800")


def test_break_even():
    vary = "workloads.chat.requests_per_month"
    r = genaicost.break_even(OPTIONS, vary, ("baseline", "haiku-3-5"))
    assert r == cli_json("break-even", OPTIONS, "--vary", vary, "--between", "baseline", "--and", "haiku-3-5")
    assert r["path"] == vary and r["a"] == "baseline" and r["b"] == "haiku-3-5"
    pvary = "workloads.assistant.requests_per_month"
    s = {"deployment.model_unit_output_tpm": "50k"}
    r = genaicost.break_even(PT, pvary, ("baseline", "pt-6-month"), set=s)
    assert r == cli_json("break-even", PT, "--vary", pvary, "--between", "baseline", "--and", "pt-6-month",
                         "--set", "deployment.model_unit_output_tpm=50k")
    for x in r["break_even"]:
        assert x["cost_a"] == pytest.approx(x["cost_b"], rel=1e-9) or x["step"]
    r = genaicost.break_even(PT, pvary, ("baseline", "pt-6-month"), range=(1e6, 1e9))
    assert r["range"] == [1e6, 1e9]
    assert r == cli_json("break-even", PT, "--vary", pvary, "--between", "baseline", "--and", "pt-6-month",
                         "--range", "1M:1B")


def test_simulate_is_the_cli_for_the_seed():
    r = genaicost.simulate(UNCERTAIN, trials=2000, seed=7)
    assert r == cli_json("simulate", UNCERTAIN, "--seed", "7", "--trials", "2000")
    assert r["trials"] == 2000 and r["seed"] == 7
    assert genaicost.simulate(UNCERTAIN, trials=2000, seed=7, threads=1) == r
    other = genaicost.simulate(UNCERTAIN, trials=2000, seed=8)
    assert other["options"][0]["mean"] != r["options"][0]["mean"]
    b = genaicost.simulate(UNCERTAIN, trials=500, seed=3, budget=10000)
    assert b == cli_json("simulate", UNCERTAIN, "--seed", "3", "--trials", "500", "--budget", "10000")
    assert 0 < b["options"][0]["prob_over_budget"] < 1
    # a 64-bit seed, as the tool's --seed takes it
    top = 2 ** 64 - 1
    assert genaicost.simulate(UNCERTAIN, trials=300, seed=top) == cli_json(
        "simulate", UNCERTAIN, "--seed", str(top), "--trials", "300")
    assert genaicost.simulate(UNCERTAIN, trials=300, seed=2 ** 40 + 3)["seed"] == 2 ** 40 + 3
    with pytest.raises(genaicost.Error):
        genaicost.simulate(UNCERTAIN, seed=2 ** 64)
    # totals past 1 MiB stream: P² estimates, as the tool's --memory 1
    big = genaicost.simulate(UNCERTAIN, trials=200000, seed=5, memory=1)
    assert big["percentiles"] != "exact"
    assert big == cli_json("simulate", UNCERTAIN, "--seed", "5", "--trials", "200000", "--memory", "1")
    # a horizon: each trial 3 months, as the tool's --months 3
    h = genaicost.simulate(UNCERTAIN, trials=500, seed=3, months=3)
    assert h == cli_json("simulate", UNCERTAIN, "--seed", "3", "--trials", "500", "--months", "3")
    assert h["months"] == 3 and "months" not in b
    with pytest.raises(genaicost.Error):
        genaicost.simulate(UNCERTAIN, months=0)


def test_models():
    assert genaicost.models() == cli_json("models")
    r = genaicost.models(region="eu-central-1", vendor="anthropic")
    assert r == cli_json("models", "--region", "eu-central-1", "--vendor", "anthropic")
    assert r["models"] and all(m["vendor"] == "anthropic" for m in r["models"])


def test_bad_scenario_raises_with_place(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("genaicost: scenario/1\nname: x\nworkloads:\n  - name: chat\n"
                   "    model: no-such-model\n    requests_per_month: 1000\n")
    with pytest.raises(genaicost.Error) as e:
        genaicost.estimate(str(bad))
    err = e.value
    assert isinstance(err, Exception)
    assert err.status == genaicost.Status.EMODEL and err.status == 7 and err.status.name == "EMODEL"
    assert err.file == str(bad)
    assert (err.line, err.column) == (5, 12)
    assert "no-such-model" in err.detail
    assert str(err).startswith("%s:5:12: " % bad)
    import pickle
    again = pickle.loads(pickle.dumps(err))
    assert (again.status, again.file, again.line, again.column, again.detail) == \
        (err.status, err.file, err.line, err.column, err.detail)
    # the tool reports the same place
    cli = subprocess.run([CLI, "estimate", str(bad)], capture_output=True, text=True)
    assert cli.returncode == 3
    assert cli.stderr.startswith("genaicost: %s:5:12: " % bad)


def test_syntax_error(tmp_path):
    bad = tmp_path / "syntax.yaml"
    bad.write_text("genaicost: scenario/1\nname: [unclosed\n")
    with pytest.raises(genaicost.Error) as e:
        genaicost.estimate(bad)  # a path-like object
    assert e.value.status == genaicost.Status.ESYNTAX
    assert e.value.file == str(bad) and e.value.line == 3


def test_missing_file_and_bad_set():
    with pytest.raises(genaicost.Error) as e:
        genaicost.estimate(os.path.join(ROOT, "examples", "no-such.yaml"))
    assert e.value.status == genaicost.Status.EIO
    with pytest.raises(genaicost.Error) as e:
        genaicost.estimate(CHATBOT, set={"workloads.chat.no_such_field": 1})
    assert e.value.status == genaicost.Status.EPARAM
    with pytest.raises(genaicost.Error) as e:
        genaicost.estimate(CHATBOT, set={"workloads.chat.batch_fraction": 2})
    assert e.value.status == genaicost.Status.EVALUE
    with pytest.raises(genaicost.Error) as e:
        genaicost.break_even(OPTIONS, "region", ("baseline", "haiku-3-5"))
    assert e.value.status == genaicost.Status.EPARAM
    with pytest.raises(genaicost.Error) as e:
        genaicost.simulate(UNCERTAIN, trials=0)
    assert e.value.status == genaicost.Status.EARG
    with pytest.raises(genaicost.Error) as e:
        genaicost.simulate(UNCERTAIN, seed=-1)
    assert e.value.status == genaicost.Status.EARG


def test_library_not_found_is_clear():
    env = dict(os.environ, GENAICOST_LIBRARY="/nonexistent/libgenaicost.so.1")
    code = "import genaicost\ntry:\n    genaicost.version()\nexcept OSError as e:\n    print(e)\n"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert "cannot load libgenaicost" in out.stdout and "GENAICOST_LIBRARY" in out.stdout


def test_version_is_the_library():
    assert genaicost.version() == genaicost.__version__
    cli = subprocess.run([CLI, "--version"], capture_output=True, text=True)
    assert genaicost.version() in cli.stdout


def _has(*names):
    from genaicost import _lib
    return _lib.has(*names)


needs_inputs = pytest.mark.skipif(not _has("gac_report_params", "gac_report_validate"),
                                  reason="this libgenaicost renders no params/validate report")


@needs_inputs
def test_params():
    s = {"workloads.chat.output_tokens": 800}
    r = genaicost.params(CHATBOT, set=s)
    assert r == cli_json("params", CHATBOT, "--set", "workloads.chat.output_tokens=800")
    assert r["genaicost"] == "params/1"


@needs_inputs
def test_validate(tmp_path):
    bad = tmp_path / "typo.yaml"
    bad.write_text("genaicost: scenario/1\nname: x\nworkloads:\n  - name: chat\n"
                   "    model: anthropic.claude-9\n    requests_per_month: 1M\n")
    files = [CHATBOT, os.path.join(ROOT, "pricing", "aws-bedrock.yaml"), str(bad),
             os.path.join(ROOT, "examples", "no-such.yaml"), os.path.join(ROOT, "README.md")]
    r = genaicost.validate(*files)
    p = subprocess.run([CLI, "validate", *files, "--format", "json"], capture_output=True, text=True)
    assert p.returncode == 4  # the worst: a file that cannot be read
    assert r == json.loads(p.stdout)
    assert r["valid"] is False
    assert [f["valid"] for f in r["files"]] == [True, True, False, False, False]
    e = r["files"][2]["error"]
    assert (e["status"], e["file"], e["line"], e["column"]) == (7, str(bad), 5, 12)
    assert genaicost.validate(CHATBOT)["valid"] is True


def test_allow_reaches_a_sheet_outside(tmp_path, monkeypatch):
    # a scenario's pricing: path may only reach its own directory, unless
    # allowed (the tool's --allow-path and GENAICOST_ALLOW_PATH)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    sheet = tmp_path / "b" / "sheet.yaml"
    sheet.write_text(open(os.path.join(ROOT, "pricing", "aws-bedrock.yaml")).read())
    text = open(CHATBOT).read().replace("pricing: aws-bedrock", "pricing: ../b/sheet.yaml")
    scen = tmp_path / "a" / "chatbot.yaml"
    scen.write_text(text)
    with pytest.raises(genaicost.Error) as e:
        genaicost.estimate(scen)
    assert e.value.status == genaicost.Status.EACCESS
    assert (e.value.file, e.value.line, e.value.column) == (str(scen), 6, 10)  # the pricing: value
    assert genaicost.estimate(scen, allow=[str(tmp_path / "b")])["total"] == 14175.0
    monkeypatch.setenv("GENAICOST_ALLOW_PATH", str(tmp_path / "b"))
    assert genaicost.estimate(scen)["total"] == 14175.0
