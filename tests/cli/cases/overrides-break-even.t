args: break-even examples/negotiated-prices.yaml --vary workloads.triage.requests_per_month --between baseline --and no-edp --range 0:4M
exit: 0
stdout-has: No break-even in this range: baseline is cheaper throughout ($46,183.22 at 0.00, $47,274.42 at 4,000,000.00).
stdout-has: At list prices (before pricing_overrides): baseline $61,513.33 at 0.00 and $63,063.33 at 4,000,000.00; no-edp $61,513.33 and $63,063.33 (the break-even is judged on the negotiated bill).
