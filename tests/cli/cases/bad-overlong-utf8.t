args: estimate tests/data/bad/overlong-utf8.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/overlong-utf8.yaml:2:7: invalid length of a UTF-8 sequence (byte offset 28)
stdout-empty
