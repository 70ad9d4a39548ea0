# every "-" in the table is explained under it: P(over budget) with no
# budget, P(under capacity) where no capacity verdict applies (the
# on-demand baseline); Markdown likewise
args: simulate tests/data/good/capacity-uncertain.yaml --trials 400 --format markdown
exit: 0
stdout-has: P(over budget) is "-": no budget was given (--budget, or the scenario's budget.monthly).
stdout-has: P(under capacity) is "-" where no capacity verdict applies: an option on demand, on a Reserved-tier reservation, whose load above its units goes on demand (deployment.overflow: on-demand), or whose capacity per unit or load is unknown.
after: $GENAICOST_BIN simulate tests/data/good/capacity-uncertain.yaml --trials 400 --budget 50k | grep -q '^P(under capacity) is "-"'
after: ! $GENAICOST_BIN simulate tests/data/good/capacity-uncertain.yaml --trials 400 --budget 50k | grep -q '^P(over budget) is'
stderr-empty
