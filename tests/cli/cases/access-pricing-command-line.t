args: estimate tests/data/access/pricing-outside.yaml --pricing pricing/aws-bedrock.yaml --format csv
exit: 0
stdout-has: chat,
