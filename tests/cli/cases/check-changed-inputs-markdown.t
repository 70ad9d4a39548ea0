args: check examples/chatbot.yaml --baseline examples/ci/chatbot.baseline.json --max-increase 10% --set workloads.chat.output_tokens=500 --format markdown
exit: 1
stdout-has: - Changed inputs:
stdout-has:   - `workloads.chat.output_tokens` 400 -> 500
stdout-lacks: budget.max_increase_percent` 
