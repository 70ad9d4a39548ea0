args: estimate tests/data/bad/utf16-bom.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/utf16-bom.yaml:1:1: invalid leading UTF-8 octet (byte offset 0)
stdout-empty
