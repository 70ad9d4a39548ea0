args: simulate tests/data/bad/empirical-quoted-newline.yaml --trials 100
exit: 3
stderr-has: genaicost: tests/data/bad/usage-quoted-newline.csv:4:11: column 'requests': 'lots' is not a number
stdout-empty
