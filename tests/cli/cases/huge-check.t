args: check examples/chatbot.yaml --set workloads.chat.requests_per_month=1e290 --budget 1e300
exit: 0
stdout-has: $1e+300
stdout-has: $7.0875e+287
stdout-lacks: ,000,000,000,000,000,000,
stdout-lacks: inf
