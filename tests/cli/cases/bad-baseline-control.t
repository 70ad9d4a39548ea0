args: check tests/data/ci/gate.yaml --baseline tests/data/bad/baseline-control.json --format markdown
exit: 3
stderr-has: genaicost: tests/data/bad/baseline-control.json:9:13: pricing.name: a control character or line break (U+001B) in the text
stdout-empty
