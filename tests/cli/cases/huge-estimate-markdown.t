args: estimate examples/chatbot.yaml --set workloads.chat.requests_per_month=1e290 --format markdown
exit: 0
stdout-has: | 4.86e+289 | 1K tokens | $0.003 | $1.458e+287 |
stdout-lacks: ,000,000,000,000,000,000,
stdout-lacks: inf
