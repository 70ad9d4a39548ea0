#!/usr/bin/python3
"""Write examples/usage/invocations-2026.jsonl.gz: four months (January to
April 2026) of Bedrock model invocation log records of a made-up support
assistant, as Bedrock delivers them to S3 (one JSON record a line, gzip,
one member a month).  Deterministic: the same file every run.

  chat:   anthropic.claude-haiku-4-5-20251001-v1:0 through the us. profile,
          office hours (08-18 UTC, weekdays), 12% more requests each month,
          a shared system prompt read from the prompt cache
  search: amazon.titan-embed-text-v2:0, around the clock, flat
"""
import gzip, json, random, datetime, os

rng = random.Random(18)
ACCT = "111122223333"
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "invocations-2026.jsonl.gz")
seq = 0

def record(ts, model, inp, outp, cache_read=0, cache_write=0):
    global seq
    seq += 1
    r = {"schemaType": "ModelInvocationLog", "schemaVersion": "1.0",
         "timestamp": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "accountId": ACCT,
         "identity": {"arn": "arn:aws:sts::%s:assumed-role/support-app/worker" % ACCT},
         "region": "us-east-1", "requestId": "6f0e0000-0000-4000-8000-%012d" % seq,
         "operation": "Converse" if outp else "InvokeModel", "modelId": model,
         "input": {"inputContentType": "application/json", "inputTokenCount": inp}}
    if cache_read or cache_write:
        r["input"]["cacheReadInputTokenCount"] = cache_read
        r["input"]["cacheWriteInputTokenCount"] = cache_write
    r["output"] = {"outputContentType": "application/json", "outputTokenCount": outp}
    return json.dumps(r, separators=(",", ":"))

with open(out, "wb") as f:
    for month in range(1, 5):
        lines = []
        day = datetime.datetime(2026, month, 1)
        while day.month == month:
            for hour in range(24):
                t0 = day + datetime.timedelta(hours=hour)
                office = day.weekday() < 5 and 8 <= hour < 18
                n = round((6 if office else 0) * 1.12 ** (month - 1) * rng.uniform(0.7, 1.3))
                if office and hour == 14:
                    n *= 2   # the afternoon rush
                for _ in range(n):
                    ts = t0 + datetime.timedelta(seconds=rng.randrange(3600))
                    prompt = rng.randrange(300, 900)
                    first = rng.random() < 0.1
                    lines.append((ts, record(ts, "us.anthropic.claude-haiku-4-5-20251001-v1:0", prompt,
                                             rng.randrange(150, 450), 0 if first else 2000, 2000 if first else 0)))
                for _ in range(rng.randrange(0, 3)):
                    ts = t0 + datetime.timedelta(seconds=rng.randrange(3600))
                    lines.append((ts, record(ts, "amazon.titan-embed-text-v2:0", rng.randrange(200, 400), 0)))
            day += datetime.timedelta(days=1)
        lines.sort()
        f.write(gzip.compress(("\n".join(l for _, l in lines) + "\n").encode(), mtime=0))
