args: estimate tests/data/bad/provisioned-no-price.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/provisioned-no-price.yaml:5:5: workload 'chat': the price sheet has no 1-month model unit price for amazon.nova-pro-v1:0 in us-east-1
stdout-empty
