args: forecast tests/data/good/forecast-reserved-carry.yaml --months 4
exit: 0
stdout-has:     2  short              1.0000      -       -  $37,500.00     $0.00    $37,500.00   $75,000.00  $37,500.00
stdout-has:     4  baseline           1.0000      -       -  $37,500.00     $0.00    $37,500.00  $150,000.00  $75,000.00
stdout-has:   renewal: reservation of 1000000 input + 100000 output tokens/min of m.tiers (chat) for baseline, 3-month term from month 4 (to month 6), $37,500.00 a month
stdout-lacks: for short
