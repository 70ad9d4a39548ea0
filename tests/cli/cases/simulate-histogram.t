args: simulate examples/uncertain-demand.yaml --trials 1000 --histogram $GAC_TMP/h.csv --format csv
exit: 0
after: grep -q "^option,bin_low,bin_high,count" "$GAC_TMP/h.csv" && test $(grep -c "^baseline," "$GAC_TMP/h.csv") -eq 50
