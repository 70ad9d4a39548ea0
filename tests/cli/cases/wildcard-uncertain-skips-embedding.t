# a drawn pattern skips the embedding workload: uniform 100..500 output
# tokens on chat alone, so the baseline lies between $1,052 (100) and
# $2,012 (500); the option's 500 holds in every trial
args: simulate tests/data/good/wildcard-skip.yaml --trials 200
exit: 0
stdout-has: longer    $2,012.00    $0.00  $2,012.00  $2,012.00  $2,012.00  $2,012.00  $2,012.00  $2,012.00  $2,012.00
