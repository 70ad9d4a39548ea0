args: what-if examples/chatbot.yaml --set workloads.chat.requests_per_month=2M --format json
exit: 0
stdout-lacks: list_total
