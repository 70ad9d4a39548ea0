args: break-even --model anthropic.claude-instant-v1 --input-tokens 1500 --output-tokens 400 --commitment 1-month --format csv
exit: 0
stdout-has: path,value,a,b,cost_a,cost_b,step
stdout-has: workloads.default.requests_per_month,13383333.33333333
