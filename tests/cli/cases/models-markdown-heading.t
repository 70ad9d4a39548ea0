args: models --region eu-central-1 --vendor anthropic --format markdown
exit: 0
stdout-has: ### genaicost models
stdout-has: Prices: aws\-bedrock (as of
stdout-has: region eu\-central\-1
stdout-has: Token prices per 1M tokens
