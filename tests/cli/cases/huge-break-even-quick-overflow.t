args: break-even --model anthropic.claude-instant-v1 --input-tokens 1e300 --output-tokens 400 --commitment 1-month
exit: 3
stderr-has: the estimate overflows
