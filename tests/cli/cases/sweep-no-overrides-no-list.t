args: what-if examples/chatbot.yaml --sweep workloads.chat.requests_per_month=1M:2M:2 --format csv
exit: 0
stdout-lacks: list_total
