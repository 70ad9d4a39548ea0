args: diff tests/data/ci/baseline-hostile-inputs.json tests/data/ci/gate.yaml
exit: 3
stderr-has: genaicost: tests/data/ci/baseline-hostile-inputs.json:128:16: inputs.pricing: a control character or line break (U+001B) in the text
stdout-empty
