args: estimate tests/data/bad/invalid-utf8.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/invalid-utf8.yaml:2:7: invalid leading UTF-8 octet
stdout-empty
