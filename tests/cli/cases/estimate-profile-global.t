args: estimate examples/chatbot.yaml --set workloads.chat.model=global.anthropic.claude-sonnet-4-5-20250929-v1:0 --set workloads.chat.batch_fraction=0
exit: 0
stdout-has: anthropic.claude-sonnet-4-5-20250929-v1:0  input tokens           1,215  1M tokens          $3     $3,645.00
stdout-has: $15,356.25
