args: sensitivity examples/multi-region-assistant.yaml --vary deployment.commitment --format csv
exit: 0
# a choice named with --vary moves to its neighbours: 6-month (index 2)
# down to 1-month at $39.6 an hour, 730 × $39.6 + $4 = $28,912; up refused
stdout-has: deployment.commitment,2,1,2,28912,16064,12848,high
