args: simulate tests/data/good/capacity-uncertain.yaml --trials 4000
exit: 0
stdout-has: P(cheapest)  P(under capacity)
stdout-has: -        26.1%              73.9%
stdout-has: P(cheapest) counts an option only in the trials where its units carry the peak load.
stderr-empty
