args: estimate tests/data/bad/topology-one-region.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/topology-one-region.yaml:10:13: topology.strategy active-active needs at least two regions in topology.regions
