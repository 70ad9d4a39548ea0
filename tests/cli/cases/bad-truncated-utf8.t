args: estimate tests/data/bad/truncated-utf8.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/truncated-utf8.yaml:2:10: incomplete UTF-8 octet sequence (byte offset 31)
stdout-empty
