args: break-even tests/data/good/steps.yaml --vary workloads.w.requests_per_month --between baseline --and pt --range 1M:20M
exit: 0
stdout-has: baseline is cheaper below 7,435,185.19, pt from 7,435,185.19 to 8,000,011.60, baseline from 8,000,011.60 to 14,870,370.37, pt from 14,870,370.37 to 16,000,023.20, and baseline above 16,000,023.20.
stdout-lacks: baseline is cheaper below the first break-even, baseline above the last
stderr-empty
