args: estimate tests/data/bad/no-price-batch.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/no-price-batch.yaml:5:5: workload 'chat': the price sheet has no batch input price for anthropic.claude-instant-v1
stdout-empty
