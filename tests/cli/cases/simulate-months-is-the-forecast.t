# Every trial of a scenario whose only uncertain input is fixed is the
# forecast: months 1-6 on demand at 8% growth, 10,800 x (1.08^6 - 1) /
# 0.08 = 79,228.03, then the 6-month commitment from month 7, 6 x 16,060
# = 96,360: $175,588.03, forecast --months 12's cumulative (checked
# after).  The option provisioned from month 1: 12 x 16,060 = $192,720.
args: simulate tests/data/good/horizon-fixed.yaml --months 12 --trials 100
exit: 0
stdout-has: Simulation: 100 trials of 12 months each, seed 1,
stdout-has: every figure is the 12-month total
stdout-has: baseline    $175,588.03  $0.00  $175,588.03  $175,588.03  $175,588.03
stdout-has: pt-6-month  $192,720.00  $0.00  $192,720.00
stdout-has: every trial: $175,588.03
after: $GENAICOST_BIN forecast tests/data/good/horizon-fixed.yaml --months 12 | grep -q "^   12  pt-6-month .* \$175,588.03 "
