args: break-even --model anthropic.claude-instant-v1 --input-tokens 1500 --output-tokens 400 --commitment 1-month --explain
exit: 0
stdout-has: The range is scanned in log steps
stdout-has: 1. x = 13,383,333.33: f changed sign between 13,335,214.32 and 13,427,649.61
stdout-has: default provisioned throughput: 1 model unit × 730 hours (1-month commitment) = 730 model-unit hours × 39.6 USD = 28908 USD
stdout-lacks: 1 model units
