args: estimate tests/data/good/reserved.yaml --set pricing_overrides.discount=10%
exit: 0
stdout-has: chat               m.tiers  Reserved tier input (3-month)      1,000  1K TPM-month         $25       10%       $22.5    $22,500.00
stdout-has: chat               m.tiers  Reserved tier output (3-month)       100  1K TPM-month        $125       10%      $112.5    $11,250.00
stdout-has: $37,500.00
stdout-has: 3-month Reserved term: $101,250.00 locked in over 3 months
stderr-empty
