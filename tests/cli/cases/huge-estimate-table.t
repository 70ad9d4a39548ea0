args: estimate examples/chatbot.yaml --set workloads.chat.requests_per_month=1e300
exit: 0
stdout-has: $1.458e+297
stdout-has: Total
stdout-has: $7.0875e+297
stdout-lacks: ,000,000,000,000,000,000,
stdout-lacks: inf
stdout-lacks: nan
