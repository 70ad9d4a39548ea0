args: simulate examples/uncertain-demand.yaml --trials 100 --histogram $GAC_TMP/left.csv -o /nonexistent-dir/report.json
exit: 4
stderr-has: genaicost: /nonexistent-dir/report.json: cannot create: No such file or directory
stdout-empty
after: test ! -e "$GAC_TMP/left.csv"
