args: check tests/data/ci/gate.yaml --baseline tests/data/bad/baseline-no-tag.json
exit: 3
stderr-has: genaicost: tests/data/bad/baseline-no-tag.json:1:1: not a genaicost report: it needs "genaicost": "report/1"
stdout-empty
