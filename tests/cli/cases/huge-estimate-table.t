args: estimate examples/chatbot.yaml --set workloads.chat.input_tokens=1e300
exit: 0
stdout-has: $3.888e+300
stdout-has: Total
stdout-has: $5.4e+300
stdout-lacks: ,000,000,000,000,000,000,
stdout-lacks: inf
stdout-lacks: nan
