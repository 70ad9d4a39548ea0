# the sweep chart's x-axis label (the range's low end) failing to format: what-if --sweep printed the axis without it, exit 0
args: what-if examples/chatbot-options.yaml --sweep workloads.chat.requests_per_month=1M:3M:3 --pricing tests/data/fault/sheet.yaml
env: GAC_FAIL_ALLOC_IN=sweep_chart:3
exit: 4
stdout-empty
stderr-has: failed in sweep_chart
stderr-has: out of memory
