args: estimate tests/data/bad/batch-provisioned.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/batch-provisioned.yaml:5:5: workload 'chat': batch_fraction is 0.3 but deployment.mode is provisioned: batch inference does not run on provisioned throughput
stdout-empty
