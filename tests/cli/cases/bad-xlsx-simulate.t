args: simulate examples/uncertain-demand.yaml --format xlsx -o $GAC_TMP/bad-xlsx-simulate.xlsx
exit: 2
stderr-has: simulate has no --format xlsx (its formats: table, json, csv, markdown, html)
after: test ! -e $GAC_TMP/bad-xlsx-simulate.xlsx
