args: estimate tests/data/bad/term-on-demand.yaml
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/bad/term-on-demand.yaml:7:9: deployment.term is the Reserved tier's, but deployment.mode is on-demand
