args: compare examples/mixed-deployment.yaml --format xlsx --months 12 -o $GAC_TMP/bad-xlsx-months.xlsx
exit: 2
stderr-has: --months does not apply to --format xlsx
after: test ! -e $GAC_TMP/bad-xlsx-months.xlsx
