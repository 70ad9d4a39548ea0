args: estimate tests/data/good/reserved.yaml --set pricing_overrides.discount=10%
exit: 0
stdout-has: Reserved tier (3-month)     1,100  1K TPM-month         $25       10%       $22.5    $24,750.00
stdout-has: $27,500.00
stdout-has: 3-month Reserved term: $74,250.00 locked in over 3 months
stderr-empty
