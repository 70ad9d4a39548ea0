args: simulate tests/data/good/overrides-simulate.yaml --trials 10000
exit: 0
stdout-has: P(under capacity)  Mean at list  Saving (mean)
stdout-has: baseline  $75.75  $21.90
stdout-has: $84.17          $8.42
