args: simulate tests/data/bad/empirical-nul.yaml --trials 100
exit: 3
stderr-has: genaicost: tests/data/bad/usage-nul.csv:3:11: a NUL byte: not a text file
stdout-empty
