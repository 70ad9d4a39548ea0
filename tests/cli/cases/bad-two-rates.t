args: estimate tests/data/bad/two-rates.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/two-rates.yaml:10:23: give the request rate once
stdout-empty
