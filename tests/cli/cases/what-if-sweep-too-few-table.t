# One unit carries 200,000 output tokens a minute (the example's assumption);
# R requests of 400 output tokens around the clock peak at R x 400 / 43,800
# a minute: 30M 273,973 (2 units), 40M 365,297 (2), 50M 456,621 (3): both
# provisioned options, billing 1 unit, read TOO FEW (needs N units) there
args: what-if examples/learn/provisioned-break-even.yaml --sweep workloads.assistant.requests_per_month=10M:50M:5
exit: 0
stdout-exact: sweep-too-few.table
stdout-has: $16,060.00 TOO FEW (needs 3 units)
stdout-lacks: !
