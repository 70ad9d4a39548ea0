args: estimate tests/data/bad/workload-commitment-on-demand.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/workload-commitment-on-demand.yaml:19:19: workload 'embeddings': deployment.commitment is 1-month but its deployment.mode is on-demand: commitment terms apply only to provisioned throughput
stdout-empty
