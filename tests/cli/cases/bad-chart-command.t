args: forecast examples/growing-assistant.yaml --months 12 --chart $GAC_TMP/f.svg
exit: 2
stdout-empty
stderr-has: forecast draws no chart: --chart applies to estimate, compare, sensitivity and simulate
after: test ! -e "$GAC_TMP/f.svg"
