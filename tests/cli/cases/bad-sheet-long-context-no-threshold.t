args: validate tests/data/bad/sheet-long-context-no-threshold.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-long-context-no-threshold.yaml:12:19: long_context needs 'threshold' (input tokens)
stdout-empty
