args: params examples/chatbot.yaml
exit: 0
stdout-has: workloads.chat.requests_per_month = 2000000
stdout-has: deployment.mode = on-demand
stdout-has: workloads.chat.active_hours_per_day = 24
