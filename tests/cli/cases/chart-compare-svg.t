args: compare examples/chatbot-options.yaml --chart $GAC_TMP/compare.svg -o $GAC_TMP/compare.txt
exit: 0
stdout-empty
after: cmp "$GAC_TMP/compare.svg" tests/cli/expected/chart-compare.svg && test -s "$GAC_TMP/compare.txt"
