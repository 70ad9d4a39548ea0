# Step 2: the calibrated month on demand.  Claude Instant 10M x $0.0008 +
# 3M x $0.0024 (per 1K) = 8,000 + 7,200; Embed English 1.8M x $0.0001 =
# 180; Haiku 4.5 330 x 1.1 + 990 x 0.11 + 66 x 5.5 (per 1M) = 363 + 108.90
# + 363: $16,214.90 a month, the mean of the bill's token lines
# (13,680 + 15,360 + 16,560 Instant, 150 + 180 + 210 Embed, 759.00 +
# 834.90 + 910.80 Haiku = 48,644.70 over three).
args: estimate examples/usage/last-quarter.yaml
exit: 0
stdout-has: $16,214.90
