args: what-if examples/chatbot-options.yaml --sweep workloads.chat.requests_per_month=1:1e308:5:log --format csv
exit: 3
stderr-has: at workloads.chat.requests_per_month = 1e+308 (baseline): the estimate overflows
