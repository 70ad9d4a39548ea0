args: simulate tests/data/good/capacity-uncertain.yaml --trials 4000 --format csv
exit: 0
stdout-has: P(over budget),P(cheapest),P(under capacity)
stdout-has: one-unit,16060,0,16060,16060,16060,16060,16060,16060,16060,,0.26125,0.73875
stdout-has: two-units,32120,0,32120,32120,32120,32120,32120,32120,32120,,0.73875,0
stderr-empty
