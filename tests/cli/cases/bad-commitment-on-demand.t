args: estimate tests/data/bad/commitment-on-demand.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/commitment-on-demand.yaml:11:15: deployment.commitment is 6-month but deployment.mode is on-demand: commitment terms apply only to provisioned throughput
stdout-empty
