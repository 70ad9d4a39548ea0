args: simulate tests/data/bad/empirical-control.yaml --trials 100
exit: 3
stderr-has: genaicost: tests/data/bad/usage-control.csv:3:9: a control character (U+001B) in a field
stdout-empty
