"""examples/ci/github-actions.yml, checked and run: part of tests/ci_example_test.sh.

usage: ci_example_workflow.py ROOT GENAICOST WORKDIR FAKEBIN

Parses the workflow, asserts its shape (triggers, permissions, the gate
step's environment, the build dependencies of .ci/deps.sh), syntax-checks
every run: script, then runs the gate step and the baseline refresh step as
GitHub would, in a copy of the tree, with no token (FAKEBIN's curl records
any attempt to post).  Prints one PASS/FAIL line per assertion and NOTE
lines; the shell test counts them.
"""
import json
import os
import re
import shutil
import subprocess
import sys

import yaml

root, genaicost, work, fakebin = sys.argv[1:5]
GATE = "examples/ci/cost-gate.sh"


def check(cond, desc):
    print(("PASS " if cond else "FAIL ") + desc, flush=True)
    return cond


def runs(job):
    return [s for s in job.get("steps") or [] if isinstance(s, dict) and "run" in s]


def is_refresh(step):
    env = step.get("env") or {}
    return "--update-baseline" in step["run"] or str(env.get("UPDATE_BASELINE", "")) == "1"


with open(os.path.join(root, "examples/ci/github-actions.yml"), encoding="utf-8") as f:
    try:
        wf = yaml.safe_load(f)
    except yaml.YAMLError as e:
        check(False, f"github-actions.yml is not valid YAML: {e}")
        sys.exit(1)
if not check(isinstance(wf, dict) and isinstance(wf.get("jobs"), dict), "the workflow has jobs"):
    sys.exit(1)

# YAML 1.1 reads the key `on` as true
on = wf.get("on", wf.get(True))
events = [on] if isinstance(on, str) else list(on or [])
check("pull_request" in events, f"triggers include pull_request (got {events})")
check("push" in events, f"triggers include push, for the baseline refresh (got {events})")

gates = [(n, j, s) for n, j in wf["jobs"].items() for s in runs(j) if GATE in s["run"] and not is_refresh(s)]
refreshes = [(n, j, s) for n, j in wf["jobs"].items() for s in runs(j) if GATE in s["run"] and is_refresh(s)]
if not check(len(gates) == 1, f"exactly one step runs {GATE} as the gate (found {len(gates)})"):
    sys.exit(1)
gate_name, gate_job, gate_step = gates[0]


def permissions(job):
    p = job.get("permissions", wf.get("permissions")) or {}
    return p if isinstance(p, dict) else {}


check(permissions(gate_job).get("pull-requests") == "write", f"job {gate_name} has pull-requests: write")
check(not gate_step.get("continue-on-error") and not gate_job.get("continue-on-error"),
      "the gate step's failure fails the job (no continue-on-error)")
cond = str(gate_job.get("if", "pull_request"))
check("pull_request" in cond, f"job {gate_name} runs on pull requests (if: {cond})")


def merged_env(job, step):
    env = {}
    for level in (wf, job, step):
        env.update({k: str(v) for k, v in (level.get("env") or {}).items()})
    return env


env = merged_env(gate_job, gate_step)
check("SCENARIO" in env and os.path.isfile(os.path.join(root, env.get("SCENARIO", "-"))),
      f"the gate's SCENARIO names a file of the repository ({env.get('SCENARIO')})")
check("BASELINE" not in env or os.path.isfile(os.path.join(root, env["BASELINE"])),
      f"the gate's BASELINE names a committed file ({env.get('BASELINE')})")
check("MAX_INCREASE" in env, "the gate sets MAX_INCREASE")
check("secrets.GITHUB_TOKEN" in env.get("GITHUB_TOKEN", ""), "GITHUB_TOKEN comes from secrets")
check("github.event.pull_request.number" in env.get("PR_NUMBER", ""),
      "PR_NUMBER comes from github.event.pull_request.number")

# the build needs what .ci/deps.sh installs for it: every library's -dev
# package and the toolchain (the test-only python packages aside)
with open(os.path.join(root, ".ci/deps.sh"), encoding="utf-8") as f:
    need = re.search(r'need_pkgs="([^"]*)"', f.read()).group(1).split()
scripts = "\n".join(s["run"] for s in runs(gate_job))
for pkg in [p for p in need if p.endswith("-dev")] + ["pkg-config", "make", "gcc"]:
    check(re.search(r"(^|\s)" + re.escape(pkg) + r"(\s|$)", scripts) is not None,
          f"job {gate_name} installs {pkg} (from .ci/deps.sh)")
check(any(re.match(r"\s*make\b", s["run"]) for s in runs(gate_job)), f"job {gate_name} builds with make")


def shell_command(job, step, path):
    shell = step.get("shell") or ((job.get("defaults") or {}).get("run") or {}).get("shell") \
        or ((wf.get("defaults") or {}).get("run") or {}).get("shell")
    # what GitHub runs on Linux for each
    if shell is None:
        return ["bash", "-e", path]
    if shell == "bash":
        return ["bash", "--noprofile", "--norc", "-eo", "pipefail", path]
    if shell == "sh":
        return ["sh", "-e", path]
    return None


for jn, job in wf["jobs"].items():
    for i, step in enumerate(runs(job)):
        path = os.path.join(work, f"syntax-{jn}-{i}.sh")
        os.makedirs(work, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(step["run"])
        cmd = shell_command(job, step, path)
        ok = cmd is not None and subprocess.run([cmd[0], "-n", path], capture_output=True).returncode == 0
        check(ok, f"job {jn}, step {step.get('name', i)}: its run: script parses ({cmd and cmd[0]})")

# a copy of the tree as checked out; the built binary where the workflow
# builds it
repo = os.path.join(work, "repo")
for d in ("examples", "pricing"):
    shutil.copytree(os.path.join(root, d), os.path.join(repo, d))
exe = env.get("GENAICOST", "genaicost")
if "/" in exe:
    os.makedirs(os.path.dirname(os.path.join(repo, exe)), exist_ok=True)
    os.symlink(genaicost, os.path.join(repo, exe))
    extra_path = ""
else:
    os.makedirs(os.path.join(work, "bin"))
    os.symlink(genaicost, os.path.join(work, "bin", exe))
    extra_path = os.path.join(work, "bin") + ":"

# no token: whatever else the workflow passes, nothing may be posted
KNOWN = {"secrets.GITHUB_TOKEN": "", "github.event.pull_request.number": "1", "github.repository": "octo/repo",
         "github.sha": "0" * 40}


def expand(value):
    def sub(m):
        key = m.group(1).strip()
        if key not in KNOWN:
            raise KeyError(key)
        return KNOWN[key]
    return re.sub(r"\$\{\{(.*?)\}\}", sub, value)


def run_step(job, step, tag):
    try:
        step_env = {k: expand(v) for k, v in merged_env(job, step).items()}
    except KeyError as e:
        check(False, f"{tag}: the test does not know the expression {e}")
        return None
    summary = os.path.join(work, f"{tag}-summary.md")
    curl_log = os.path.join(work, f"{tag}-curl")
    base = {"PATH": fakebin + ":" + extra_path + os.environ["PATH"], "HOME": work, "CI": "true",
            "GITHUB_ACTIONS": "true", "GITHUB_REPOSITORY": "octo/repo", "GITHUB_WORKSPACE": repo,
            "GITHUB_API_URL": "http://127.0.0.1:9", "GITHUB_STEP_SUMMARY": summary, "CURL_LOG": curl_log}
    script = os.path.join(work, f"{tag}.sh")
    with open(script, "w", encoding="utf-8") as f:
        f.write(step["run"])
    p = subprocess.run(shell_command(job, step, script), cwd=os.path.join(repo, step.get("working-directory", ".")),
                       env={**base, **step_env}, capture_output=True, text=True, timeout=300)
    return p, step_env, summary, curl_log


gate_passed = False
r = run_step(gate_job, gate_step, "gate")
if r:
    p, step_env, summary, curl_log = r
    hint = ""
    if p.returncode == 1:
        hint = (" (the committed baseline is stale: refresh it with GENAICOST=build/genaicost"
                f" SCENARIO={step_env.get('SCENARIO')} BASELINE={step_env.get('BASELINE')}"
                f" sh {GATE} --update-baseline)")
    gate_passed = check(p.returncode == 0, f"the gate step exits 0 on the unchanged example, got {p.returncode}{hint}")
    if not gate_passed:
        print(p.stdout + p.stderr)
    comment = os.path.join(repo, step_env.get("COMMENT_FILE", "cost-report.md"))
    text = open(comment, encoding="utf-8").read() if os.path.exists(comment) else ""
    check("✅" in text, f"the gate step's report {os.path.relpath(comment, repo)} says ✅")
    check(os.path.exists(summary) and open(summary, encoding="utf-8").read() == text,
          "the gate step wrote the report to the step summary")
    check(not os.path.exists(curl_log), "the gate step posted nothing without a token")

# The committed baseline stands for main: it may trail the scenario or the
# price sheet by what MAX_INCREASE tolerates, as on any real main, and it
# doubles as a report written by an earlier genaicost, which must keep
# loading.  So the gate run above is the test; drift is only noted.
if check(len(refreshes) == 1, f"exactly one step refreshes the baseline (found {len(refreshes)})"):
    rname, rjob, rstep = refreshes[0]
    check(permissions(rjob).get("contents") == "write", f"job {rname} may push the baseline (contents: write)")
    check("push" in str(rjob.get("if", "push")), f"job {rname} runs on push")
    renv = merged_env(rjob, rstep)
    committed = os.path.join(root, renv.get("BASELINE", "-"))
    with open(committed, "rb") as f:
        old = f.read()
    r = run_step(rjob, rstep, "refresh")
    if r:
        p, step_env, _, _ = r
        if not check(p.returncode == 0, f"the refresh step exits 0, got {p.returncode}"):
            print(p.stdout + p.stderr)
        fresh = os.path.join(repo, step_env.get("BASELINE", "-"))
        c = subprocess.run([genaicost, "check", os.path.join(repo, step_env.get("SCENARIO", "-")),
                            "--baseline", fresh, "--max-increase", "0%"], capture_output=True)
        check(c.returncode == 0, f"check accepts the refreshed baseline (exit {c.returncode})")
        if os.path.exists(fresh):
            with open(fresh, "rb") as f:
                new = f.read()
            if new != old:
                def total(b):
                    d = json.loads(b)
                    return d["total"] if "total" in d else d["options"][0]["total"]
                print(f"NOTE {os.path.relpath(committed, root)} differs from a fresh refresh "
                      f"(total {total(old)} -> {total(new)}){'; within MAX_INCREASE, so the gate passed' if gate_passed else ''}. "
                      "Refresh it with: "
                      f"GENAICOST=build/genaicost SCENARIO={renv.get('SCENARIO')} BASELINE={renv.get('BASELINE')} "
                      f"sh {GATE} --update-baseline")
