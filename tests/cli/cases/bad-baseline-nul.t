args: diff tests/data/bad/baseline-nul.json tests/data/ci/baseline-2025.json
exit: 3
stderr-has: genaicost: tests/data/bad/baseline-nul.json:4:24: not valid JSON: \u0000 is not allowed
stdout-empty
