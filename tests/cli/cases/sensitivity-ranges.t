args: sensitivity tests/data/good/ranges.yaml --format csv
exit: 0
stdout-has: workloads.chat.output_tokens,400,200,1200,15000,45000,30000
