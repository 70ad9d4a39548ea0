args: simulate examples/uncertain-demand.yaml --trials 40000 --memory 1 --histogram $GAC_TMP/stream-hist.csv --format csv
exit: 0
stdout-has: baseline,
after: head -1 "$GAC_TMP/stream-hist.csv" | grep -q '^option,bin_low,bin_high,count'
after: test "$(grep -c '^baseline,' "$GAC_TMP/stream-hist.csv")" = 50
after: test "$(awk -F, '/^baseline,/ {s += $4} END {print s}' "$GAC_TMP/stream-hist.csv")" = 40000
