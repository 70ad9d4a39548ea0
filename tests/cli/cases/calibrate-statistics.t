args: calibrate --from cloudwatch --model anthropic.claude-haiku-4-5-20251001-v1:0 --region us-west-2 tests/data/usage/statistics-invocations.json tests/data/usage/statistics-input.json tests/data/usage/statistics-output.json
exit: 0
stdout-has: region: us-west-2   # the region of the most requests: 4,500 of 4,500
stdout-has:     requests_per_month: 45625   # 4,500 requests in 72 hours x 730
stdout-has:     output_tokens: 300   # mean: 1,350,000 output tokens / requests
stdout-has:     # peak_to_average and active_hours_per_day not written: the data is coarser than an hour
