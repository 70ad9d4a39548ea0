# The tool's own FOCUS output as a bill: examples/chatbot.yaml over three
# months, calibrated back (batch lines a workload of their own, '1K tokens'
# read as 1,000 tokens) and estimated again: the same month, 2,916 input +
# 405 cache write + 324 cache read + 8,640 output + 810 batch input +
# 1,080 batch output = 14,175.00.
before: "$GENAICOST_BIN" estimate examples/chatbot.yaml --format focus --period 2026-10 --months 3 > "$GAC_TMP/chatbot.focus" 2>/dev/null
args: calibrate $GAC_TMP/chatbot.focus --from focus --request-tokens 1000 -o $GAC_TMP/cal.yaml
exit: 0
stdout-empty
stderr-has:   token rows used            18
stderr-has:   claude-3-5-sonnet-20241022-v2-0-batch: anthropic.claude-3-5-sonnet-20241022-v2:0 in us-east-1, 2,052,000 requests, 684,000 a month (assumed: --request-tokens)
after: grep -q "batch_fraction: 1 " "$GAC_TMP/cal.yaml" && "$GENAICOST_BIN" estimate "$GAC_TMP/cal.yaml" --format json > "$GAC_TMP/est.json" 2>/dev/null && python3 -c "import json,sys; t=json.load(open(sys.argv[1]))['total']; assert abs(t-14175.00)<1e-5, t" "$GAC_TMP/est.json"
