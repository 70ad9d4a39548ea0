# The calibrated scenario against the bill it came from: its rate is the
# quarter's mean month, so with its growth set to 0 each month is
# estimated at 16,214.90 and the quarter at 48,644.70, the billed token
# lines to the cent (13,680 + 15,360 + 16,560 Instant, 150 + 180 + 210
# Embed, 759.00 + 834.90 + 910.80 Haiku); the months differ, the total
# does not (within 0.001 %: the scenario's figures have 10 digits).
args: reconcile examples/usage/last-quarter.yaml --bill examples/usage/finance-cur-2026-q3.csv --set workloads.*.growth_per_month=0 --tolerance 0.001%
exit: 0
stdout-has: $48,644.70  $48,644.70       $0.00     0.0%
stdout-has: 2026-07  anthropic.claude-instant-v1               input        $8,000.00   $7,200.00    -$800.00   -10.0%
