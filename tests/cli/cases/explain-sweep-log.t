args: what-if examples/chatbot-options.yaml --sweep workloads.chat.requests_per_month=1k:1M:4:log --explain
exit: 0
stdout-has: LO × (HI / LO)^(i / (STEPS - 1)) = 1000 × 10^i (log spacing)
