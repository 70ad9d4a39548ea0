args: simulate examples/uncertain-demand.yaml --format xlsx -o $GAC_TMP/bad-xlsx-simulate.xlsx
exit: 2
stderr-has: --format xlsx: simulate cannot write a workbook
after: test ! -e $GAC_TMP/bad-xlsx-simulate.xlsx
