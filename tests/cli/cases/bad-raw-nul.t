args: estimate tests/data/bad/raw-nul.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/raw-nul.yaml:2:8: control characters are not allowed (byte offset 29)
stdout-empty
