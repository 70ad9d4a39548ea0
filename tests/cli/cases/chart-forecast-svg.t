args: forecast examples/growing-assistant.yaml --months 24 --chart $GAC_TMP/fc.svg
exit: 0
after: cmp "$GAC_TMP/fc.svg" tests/cli/expected/chart-forecast.svg
