args: estimate tests/data/bad/workload-batch-provisioned.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/workload-batch-provisioned.yaml:11:24: workload 'chat': batch_fraction is 0.3 but deployment.mode is provisioned: batch inference does not run on provisioned throughput
stdout-empty
