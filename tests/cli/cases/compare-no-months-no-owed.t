args: compare examples/learn/provisioned-break-even.yaml --format json
exit: 0
stdout-lacks: "owed_after"
stdout-lacks: "tco_months"
