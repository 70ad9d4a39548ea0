args: forecast examples/growing-provisioned.yaml --months 3 --format xlsx --chart $GAC_TMP/bad-xlsx-chart.svg -o $GAC_TMP/bad-xlsx-chart.xlsx
exit: 2
stderr-has: --chart does not apply to --format xlsx
after: test ! -e $GAC_TMP/bad-xlsx-chart.svg && test ! -e $GAC_TMP/bad-xlsx-chart.xlsx
