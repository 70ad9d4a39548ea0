args: calibrate tests/data/usage/invocations-jan-feb.jsonl tests/data/usage/cloudwatch-results.json
exit: 3
stderr-has: holds CloudWatch metrics but tests/data/usage/invocations-jan-feb.jsonl holds invocation logs
