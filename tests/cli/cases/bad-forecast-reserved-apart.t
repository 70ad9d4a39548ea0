args: forecast tests/data/bad/forecast-reserved-apart.yaml --months 3
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/bad/forecast-reserved-apart.yaml:16:43: the scenario: workloads 'chat' and 'search' hold two reservations of m.tiers on one term of different sizes
