# Step 4: where one 6-month model unit (16,060 a month) pays: a request of
# 769.2307692 input and 230.7692308 output tokens costs 0.000615385 +
# 0.000553846 = 0.001169231 on demand; 16,060 / 0.001169231 =
# 13,735,526 requests a month, above last quarter's 13M.
args: break-even --model anthropic.claude-instant-v1 --input-tokens 769.2307692 --output-tokens 230.7692308 --commitment 6-month
exit: 0
stdout-has: at 13,735,526.32 both cost $16,060.00
