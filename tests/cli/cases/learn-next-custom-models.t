args: compare examples/custom-vs-fine-tuned.yaml --set workloads.support.requests_per_month=30M
exit: 0
stdout-has: baseline             us-east-1    $48,000.00
stdout-has: fine-tuned           us-east-1    $36,216.95  -$11,783.05    -24.5%
