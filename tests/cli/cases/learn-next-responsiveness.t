args: compare examples/learn/responsiveness.yaml --set workloads.answers.requests_per_month=30M
exit: 0
stdout-has: baseline           us-east-1    $18,750.00
stdout-has: provisioned        us-east-1    $16,060.00   -$2,690.00    -14.3%
