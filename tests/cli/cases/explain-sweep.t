args: what-if examples/chatbot-options.yaml --sweep workloads.chat.requests_per_month=1M:3M:3 --explain
exit: 0
stdout-has: workloads.chat.requests_per_month, point i = 0..2: LO + i × (HI - LO) / (STEPS - 1) = 1000000 + i × 1000000
stdout-has: nova-pro: $1,684.80 at the first point (1000000), $5,054.40 at the last (3000000)
