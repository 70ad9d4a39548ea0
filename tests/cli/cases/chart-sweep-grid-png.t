args: what-if examples/chatbot-options.yaml --sweep workloads.chat.requests_per_month=100k:1M:4 --sweep workloads.chat.output_tokens=100:400:4 --format csv --chart $GAC_TMP/grid.png -o $GAC_TMP/grid.csv
exit: 0
stdout-empty
after: test -s "$GAC_TMP/grid.csv" && head -c 8 "$GAC_TMP/grid.png" | od -An -c | grep -q "P   N   G"
