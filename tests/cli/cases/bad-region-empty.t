args: estimate tests/data/bad/region-empty.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/region-empty.yaml:4:9: region must not be empty
stdout-empty
