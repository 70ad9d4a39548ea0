args: break-even examples/learn/provisioned-break-even.yaml --vary workloads.assistant.requests_per_month --between baseline --and pt-6-month --explain --format html
exit: 0
stdout-has: <li>cost_baseline(x) = the sum of baseline's line items = $16,060.00:<ul>
stdout-has: <li>cost_pt-6-month(x) = the sum of pt-6-month's line items = $16,060.00:<ul>
