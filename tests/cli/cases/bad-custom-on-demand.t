args: estimate tests/data/bad/custom-on-demand.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/custom-on-demand.yaml:5:5: workload 'support' runs on customized cohere.command-text-v14, which is served only with provisioned throughput
