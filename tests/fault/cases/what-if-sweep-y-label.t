# the sweep chart's top y-axis label failing to format: what-if --sweep printed a blank label, exit 0
args: what-if examples/chatbot-options.yaml --sweep workloads.chat.requests_per_month=1M:3M:3 --pricing tests/data/fault/sheet.yaml
env: GAC_FAIL_ALLOC_IN=gac_money:15
exit: 4
stdout-empty
stderr-has: failed in gac_money
stderr-has: out of memory
