# Step 5: next year at the growth fitted on the three months (Claude
# Instant 9.78 % a month: ln 11.7M, 13.2M, 14.1M; slope 0.093293): month 12
# grows Instant by 1.0977833^11 = 2.7905; the year $344,529.33.
args: forecast examples/usage/last-quarter.yaml --months 12
exit: 0
stdout-has:    12  baseline           2.7905
stdout-has: $344,529.33
