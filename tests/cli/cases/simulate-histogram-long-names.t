args: simulate tests/data/good/long-option-names.yaml --trials 1000 --histogram $GAC_TMP/long-names.csv --format json
exit: 0
after: test "$(wc -l < "$GAC_TMP/long-names.csv")" -eq 451 && test "$(awk -F, 'NR > 1 { n += $4 } END { print n }' "$GAC_TMP/long-names.csv")" -eq 9000
