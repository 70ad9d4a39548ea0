# P(under capacity) where no capacity verdict applies: the baseline of
# capacity-uncertain.yaml is on demand, so its cell is empty (it printed
# 0, which reads as "always carries the load"); one-unit's 73.875% and
# two-units' 0 are verdicts and stay numbers
args: simulate tests/data/good/capacity-uncertain.yaml --trials 4000 --format csv
exit: 0
stdout-has: ,79700.03739827871,,0,
stdout-lacks: ,79700.03739827871,,0,0
stdout-has: two-units,32120,0,32120,32120,32120,32120,32120,32120,32120,,0.73875,0
stderr-empty
