args: estimate tests/data/bad/latin1.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/latin1.yaml:2:11: invalid trailing UTF-8 octet (byte offset 32)
stdout-empty
