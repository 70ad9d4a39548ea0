args: estimate tests/data/good/tiers-overrides.yaml
exit: 0
stdout-has: $2,985.00
stdout-has: $4,170.00
stdout-has: $1,185.00
stdout-has: urgent             m.tiers  input tokens (Priority tier)      1,000  1M tokens       $1.75       50%      $0.875       $875.00
stderr-empty
