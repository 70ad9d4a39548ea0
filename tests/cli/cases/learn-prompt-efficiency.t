args: compare examples/learn/prompt-efficiency.yaml
exit: 0
stdout-has: baseline         us-east-1    $18,000.00
stdout-has: trim-prompt      us-east-1    $12,600.00  -$5,400.00    -30.0%
stdout-has: cap-output       us-east-1    $13,500.00  -$4,500.00    -25.0%
stdout-has: both (cheapest)  us-east-1     $8,100.00  -$9,900.00    -55.0%
