args: diff tests/data/bad/baseline-latin1.json tests/data/ci/baseline-2025.json
exit: 3
stderr-has: genaicost: tests/data/bad/baseline-latin1.json:4:14: not valid JSON: unable to decode byte 0xe2
stdout-empty
