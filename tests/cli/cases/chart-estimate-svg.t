args: estimate examples/document-pipeline.yaml --chart $GAC_TMP/estimate.svg
exit: 0
stdout-has: Total
after: cmp "$GAC_TMP/estimate.svg" tests/cli/expected/chart-estimate.svg
