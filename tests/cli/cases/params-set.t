args: params examples/chatbot.yaml --set workloads.chat.requests_per_month=3M --set hours_per_month=720
exit: 0
stdout-has: workloads.chat.requests_per_month = 3000000
stdout-has: hours_per_month = 720
stdout-lacks: hours_per_month = 730
