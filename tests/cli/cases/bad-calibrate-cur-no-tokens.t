args: calibrate tests/data/usage/bad-cur-no-tokens.csv --from cur --request-tokens 2000
exit: 3
stderr-has: tests/data/usage/bad-cur-no-tokens.csv:1:1: no Bedrock token line (input, output, cache or batch tokens) among its 3 rows: 3 of other services, tax or usage types the offer map does not know, 0 provisioned hours, 0 of other price kinds; calibrate reads the Bedrock token lines of a bill
stdout-empty
