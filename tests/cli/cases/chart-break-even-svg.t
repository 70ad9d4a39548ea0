args: break-even examples/learn/provisioned-break-even.yaml --vary workloads.assistant.requests_per_month --between baseline --and pt-6-month --chart $GAC_TMP/be.svg
exit: 0
stdout-has: 1. at 7,435,185.19 both cost $16,060.00
after: cmp "$GAC_TMP/be.svg" tests/cli/expected/chart-break-even.svg
