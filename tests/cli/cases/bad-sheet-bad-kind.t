args: validate tests/data/bad/sheet-bad-kind.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-bad-kind.yaml:12:11: kind must be text, embedding or image (got 'video')
stdout-empty
