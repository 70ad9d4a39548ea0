args: check examples/chatbot.yaml --chart $GAC_TMP/f.svg
exit: 2
stdout-empty
stderr-has: check draws no chart: --chart applies to estimate, compare, simulate, sensitivity, break-even, forecast and what-if --sweep
after: test ! -e "$GAC_TMP/f.svg"
