args: models --format json --vendor amazon --region us-east-1
exit: 0
stdout-has: "genaicost": "models/1"
stdout-has: "region": "us-east-1"
stdout-lacks: "vendor": "anthropic"
