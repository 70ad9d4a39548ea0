args: break-even --model anthropic.claude-instant-v1 --input-tokens 1500 --output-tokens 400 --commitment 6-month --format json
exit: 0
stdout-has: "genaicost": "break-even/1"
stdout-has: "value": 7435185.1851851856
stdout-has: "step": false
