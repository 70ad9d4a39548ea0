args: break-even examples/learn/provisioned-break-even.yaml --vary workloads.assistant.requests_per_month --between baseline --and pt-6-month --set deployment.model_unit_output_tpm=50k --format markdown
exit: 0
stdout-has: baseline is cheaper below the break-even, which lies beyond what pt\-6\-month's 1 model unit carries (it runs out of capacity at 5,475,000.00): above it pt\-6\-month costs less only because the load above its units is throttled, not served.
stdout-lacks: above the last
