args: check tests/data/ci/gate.yaml --baseline tests/data/bad/baseline-newer.json
exit: 3
stderr-has: baseline-newer.json:2:16: genaicost: 'report/2' is newer than this genaicost reads
