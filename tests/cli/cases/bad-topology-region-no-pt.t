args: estimate tests/data/bad/topology-region-no-pt.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/topology-region-no-pt.yaml:14:12: anthropic.claude-instant-v1 has no 1-month model unit price in eu-west-1, a region of the topology
