args: what-if examples/chatbot.yaml --set workloads.chat.requests_per_month=1e300 --format markdown
exit: 0
stdout-has: Total: $14,175.00 → $7.0875e+297 (+$7.0875e+297, +5e+295%)
stdout-lacks: inf
