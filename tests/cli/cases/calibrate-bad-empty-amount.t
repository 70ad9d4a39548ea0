# an empty usage amount on a Bedrock usage row: refused, not read as 0 tokens
args: calibrate tests/data/usage/bad-cur-empty-amount.csv --from cur --request-tokens 1000
exit: 3
stderr-has: bad-cur-empty-amount.csv:2:172: column 'line_item_usage_amount' is empty on a Bedrock usage row
stdout-empty
