args: calibrate tests/data/usage/invocations-jan-feb.jsonl --region "US East"
exit: 2
stderr-has: --region 'US East' is no AWS region id
