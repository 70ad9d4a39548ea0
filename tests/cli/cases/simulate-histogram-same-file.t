args: simulate examples/uncertain-demand.yaml --trials 100 --histogram $GAC_TMP/same.csv -o $GAC_TMP/./same.csv
exit: 2
stderr-has: genaicost: --histogram
stderr-has: name the same file: give each its own
stdout-empty
after: test ! -e "$GAC_TMP/same.csv"
