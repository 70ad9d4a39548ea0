# 300 x 300 = 90,000 points of three options, about 5 MB of CSV: written a
# row at a time into the staged file, which replaces the target whole.
# At 1,000 requests and 10 output tokens: 1,000 x (1,500 x $3 + 10 x $15)/1M
# less caching and batch (chatbot.yaml's fractions); checked against estimate
args: what-if examples/chatbot-options.yaml --sweep workloads.chat.requests_per_month=1000:10M:300 --sweep workloads.chat.output_tokens=10:4000:300:log --format csv -o "$GAC_TMP/s.csv"
exit: 0
stdout-empty
after: test "$(wc -l < "$GAC_TMP/s.csv")" -eq 90001
after: test "$(head -n 1 "$GAC_TMP/s.csv" | tr -d '\r')" = "workloads.chat.requests_per_month,workloads.chat.output_tokens,baseline,haiku-3-5,nova-pro,more-batch,better-cache,baseline under_capacity,haiku-3-5 under_capacity,nova-pro under_capacity,more-batch under_capacity,better-cache under_capacity"
after: want=$("$GENAICOST_BIN" estimate examples/chatbot-options.yaml --set workloads.chat.requests_per_month=1000 --set workloads.chat.output_tokens=10 --format json | python3 -c "import json,sys; print(repr(json.load(sys.stdin)['total']))"); got=$(sed -n 2p "$GAC_TMP/s.csv" | cut -d, -f3); python3 -c "import sys; assert float(sys.argv[1]) == float(sys.argv[2]), sys.argv" "$want" "$got"
