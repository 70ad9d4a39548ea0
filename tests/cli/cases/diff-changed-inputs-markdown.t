args: diff tests/data/ci/chatbot-edited.yaml examples/chatbot.yaml --format markdown
exit: 0
stdout-has: - Changed inputs:
stdout-has:   - `workloads.chat.output_tokens` 500 -> 400
stdout-has:   - `workloads.chat.model` anthropic\.claude\-3\-5\-haiku\-20241022\-v1&#58;0 -> anthropic\.claude\-3\-5\-sonnet\-20241022\-v2&#58;0
stdout-has:   - `workloads.embed` removed
stdout-has:   - `options.bigger` removed
