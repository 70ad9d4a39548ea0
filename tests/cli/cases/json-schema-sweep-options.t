args: what-if examples/chatbot-options.yaml --sweep workloads.chat.requests_per_month=1M:4M:3 --format json
exit: 0
stdout-has: "genaicost": "sweep/2"
stdout-has: "haiku-3-5": 2047.5
