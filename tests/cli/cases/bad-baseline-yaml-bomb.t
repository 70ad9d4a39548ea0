args: check tests/data/ci/gate.yaml --baseline tests/data/bad/yaml-bomb.json
exit: 3
stderr-has: genaicost: tests/data/bad/yaml-bomb.json:1:1: not valid JSON: invalid token near 'a'
stdout-empty
