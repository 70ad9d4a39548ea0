args: estimate examples/chatbot.yaml --set workloads.chat.requests_per_month=1e290 --format json
exit: 0
stdout-has: "total": 7.0875000000000016e287
stdout-lacks: NaN
