args: forecast tests/data/good/reserved.yaml --months 6
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/good/reserved.yaml:11:9: the scenario: workload 'chat' is on the Reserved tier, whose reservation holds for its whole term; forecast does not model that yet
