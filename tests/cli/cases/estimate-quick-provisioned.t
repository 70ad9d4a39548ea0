args: estimate --model anthropic.claude-instant-v1 --requests 1M --input-tokens 100 --output-tokens 0 --mode provisioned --commitment 1-month --model-units 3 --hours 720
exit: 0
stdout-has: 2,160  model-unit hour
stdout-has: $85,536.00
