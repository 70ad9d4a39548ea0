args: break-even --model anthropic.claude-instant-v1 --input-tokens 1500 --output-tokens 400 --commitment 6-month
exit: 0
stdout-has: 1. at 7,435,185.19 both cost $16,060.00
stdout-has: baseline is cheaper below the first break-even, provisioned above the last.
