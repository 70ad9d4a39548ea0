args: sensitivity examples/chatbot-options.yaml --explain
exit: 0
stdout-has: Total as written: $14,175.00
stdout-has: workloads.chat.requests_per_month = 2000000: low 1600000 (× 0.8) → total $11,340.00; high 2400000 (× 1.2) → total $17,010.00; swing |$17,010.00 - $11,340.00| = $5,670.00
stdout-has: workloads.chat.response_cache_hit_rate = 0.1: low 0.08 (× 0.8) → total $14,490.00
