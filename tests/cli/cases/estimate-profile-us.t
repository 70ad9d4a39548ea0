args: estimate examples/chatbot.yaml --set workloads.chat.model=us.anthropic.claude-sonnet-4-5-20250929-v1:0 --set workloads.chat.batch_fraction=0
exit: 0
stdout-has: anthropic.claude-sonnet-4-5-20250929-v1:0  input tokens           1,215  1M tokens        $3.3     $4,009.50
stdout-has: $16,891.88
