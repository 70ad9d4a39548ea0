args: compare examples/chatbot-options.yaml --set workloads.chat.requests_per_month=1M --format csv
exit: 0
stdout-has: baseline,us-east-1,7087.5,0,0
