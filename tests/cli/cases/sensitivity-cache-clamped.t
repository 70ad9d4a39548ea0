args: sensitivity tests/data/good/cache-heavy.yaml
exit: 0
# 2e9 input tokens: read 0.9 × $0.08/1M = $144, written 0.05 × $1/1M = $100,
# plain 0.05 × $0.8/1M = $80, 3e8 output × $4/1M = $1,200: $1,524.
# High 1.08 passes 1; 0.95 (with 0.05 written) is as far as it goes:
# $152 read + $100 + $0 plain + $1,200 = $1,452.  Low 0.72: $115.20 +
# $100 + 0.23 × $1,600 = $368 + $1,200 = $1,783.20.  Never dropped.
stdout-has: workloads.chat.cache_read_fraction         0.9     0.72      0.95*     $1,783.20      $1,452.00  $331.20
stdout-lacks: 20 other inputs do not move the total.
