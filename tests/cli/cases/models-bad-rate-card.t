args: models --pricing tests/data/bad/tiers-bad-card.yaml
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/bad/tiers-bad-card.yaml:19:35: unknown key 'batch_input' in flex
