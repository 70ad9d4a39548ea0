args: forecast tests/data/good/forecast-reserved-option.yaml --months 3
exit: 0
stdout-has:     3  reserve            1.0000      -       -  $37,500.00     $0.00    $37,500.00  $136,320.00  $37,500.00
stdout-has:   purchase: reservation of 1000000 input + 100000 output tokens/min of m.tiers (chat) for reserve, 3-month term from month 2 (to month 4), $37,500.00 a month
stdout-has: Commitments running past the last month still owe $37,500.00 after it
