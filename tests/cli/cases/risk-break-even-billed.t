args: break-even examples/learn/provisioned-break-even.yaml --vary workloads.assistant.requests_per_month --between baseline --and pt-6-month --range 1M:100M --format json
exit: 0
# no downtime priced: billed totals
stdout-has: "risk_adjusted": false,
