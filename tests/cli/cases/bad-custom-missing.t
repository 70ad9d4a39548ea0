args: estimate tests/data/bad/custom-missing.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/custom-missing.yaml:5:5: workload 'support' runs on custom:tunned, but no customization is named 'tunned'
