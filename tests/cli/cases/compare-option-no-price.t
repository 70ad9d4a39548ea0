args: compare tests/data/bad/option-no-price.yaml
exit: 3
stderr-has: option 'reserved': workload 'chat': the price sheet has no 6-month model unit price for anthropic.claude-3-5-sonnet-20241022-v2:0 in us-east-1
