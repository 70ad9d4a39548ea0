args: what-if examples/chatbot.yaml --sweep workloads.chat.requests_per_month=1k:1M:300 --sweep workloads.chat.output_tokens=100:400:300 --format csv --chart $GAC_TMP/big.svg -o $GAC_TMP/never.csv
exit: 2
stderr-has: --chart draws at most 40000 points of a sweep (this one has 90000): fewer steps for the chart
after: test ! -e "$GAC_TMP/never.csv" && test ! -e "$GAC_TMP/big.svg"
