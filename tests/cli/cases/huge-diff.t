args: diff examples/chatbot.yaml examples/chatbot.yaml --set workloads.chat.requests_per_month=1e290 --all --format markdown
exit: 0
stdout-has: $1.458e+287
stdout-lacks: ,000,000,000,000,000,000,
stdout-lacks: inf
