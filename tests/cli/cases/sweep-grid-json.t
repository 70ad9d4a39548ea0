args: what-if examples/chatbot.yaml --sweep workloads.chat.output_tokens=400:800:2 --sweep workloads.chat.requests_per_month=1M:2M:2 --format json
exit: 0
stdout-has: "genaicost": "sweep/2"
stdout-has: "workloads.chat.requests_per_month": 2000000.0
stdout-has: "baseline": 23895.0
