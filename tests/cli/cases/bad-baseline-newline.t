args: diff tests/data/bad/baseline-newline.json tests/data/ci/baseline-2025.json
exit: 3
stderr-has: genaicost: tests/data/bad/baseline-newline.json:4:13: scenario.name: a control character or line break (U+000A) in the text
stdout-empty
