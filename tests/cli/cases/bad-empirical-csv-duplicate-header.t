args: validate tests/data/bad/empirical-dup-header.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/usage-dup-header.csv:1:16: the header names column 'requests' twice (columns 1 and 3)
stdout-empty
