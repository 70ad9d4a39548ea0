args: estimate examples/chatbot.yaml --set workloads.chat.requests_per_month=1e308 --format csv
exit: 3
stdout-empty
stderr-has: examples/chatbot.yaml: the estimate overflows: input tokens of workload chat is too large to price
