args: what-if examples/chatbot.yaml --set workloads.chat.output_tokens=800
exit: 0
stdout-has: Total: $14,175.00 → $23,895.00 (+$9,720.00, +68.6%)
stdout-has: output tokens         $8,640.00  $17,280.00  +$8,640.00   +100.0%
stdout-lacks: input tokens
