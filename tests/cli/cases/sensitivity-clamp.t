args: sensitivity examples/multi-region-assistant.yaml --vary hours_per_month --format csv
exit: 0
# hours_per_month is structural: ranked only when named; 730 × 1.2 = 876 is
# past 744, so high stops at 744 and says so: 744 × $22 + $4 = $16,372
stdout-has: hours_per_month,730,584,744,12852,16372,3520,high
