args: diff tests/data/bad/yaml-bomb.json tests/data/ci/baseline-2025.json
exit: 3
stderr-has: genaicost: tests/data/bad/yaml-bomb.json:5:4: document expands to more than 1000000 nodes
stdout-empty
