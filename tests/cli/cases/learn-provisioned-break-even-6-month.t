args: break-even examples/learn/provisioned-break-even.yaml --vary workloads.assistant.requests_per_month --between baseline --and pt-6-month
exit: 0
stdout-has: 1. at 7,435,185.19 both cost $16,060.00
stdout-has: baseline is cheaper below the first break-even, pt-6-month above the last (as far as its units carry the load: see above).
stdout-has: pt-6-month runs out of capacity at 21,900,000.00: beyond it its 1 model unit no longer carries the peak load (2 needed), and the load above it is throttled.
