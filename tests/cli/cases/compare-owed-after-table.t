args: compare examples/learn/provisioned-break-even.yaml --months 3
exit: 0
stdout-exact: compare-owed-after.table
