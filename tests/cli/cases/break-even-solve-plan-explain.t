args: break-even tests/data/good/steps.yaml --vary workloads.w.requests_per_month --between baseline --and pt --range 1M:20M --explain
exit: 0
# units sized from the load step at about 8M and 16M requests: there a
# guard of the provisioned plan breaks and the engine prices the point
stdout-has: 2. at 8,000,011.60 the costs jump past each other (a step)
stdout-has: Solved on the compiled plans:
stdout-has: of the 4000 steps of the scan after its first point lay where both plans are straight lines and f keeps its sign, and were not priced.
after: grep -Eq "from the cost engine \(of these, [1-9][0-9]* compiled a plan and [1-9][0-9]* were priced there because a plan's guard broke: a unit step, a tier, a threshold; one total can be both, so the two need not add up\)" "$OUT"
stderr-empty
