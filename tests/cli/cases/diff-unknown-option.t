args: diff tests/data/ci/baseline-2025.json tests/data/ci/gate.yaml --bogus
exit: 2
stderr-has: genaicost: unknown option '--bogus'
stderr-has: Try 'genaicost diff --help'.
