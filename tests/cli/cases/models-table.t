args: models --vendor anthropic --region us-west-2
exit: 0
stdout-has: anthropic.claude-sonnet-4-5-20250929-v1:0
stdout-lacks: anthropic.claude-3-5-sonnet-20241022-v2:0
stdout-lacks: amazon.nova
stdout-has: Prices: aws-bedrock
