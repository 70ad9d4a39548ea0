args: what-if examples/chatbot.yaml --set workloads.chat.input_tokens=300k
exit: 3
stdout-empty
stderr-has: genaicost: examples/chatbot.yaml:10:5: workload 'chat': 300000 input + 400 output tokens a request is 300400 tokens, above the context window of anthropic.claude-3-5-sonnet-20241022-v2:0, 200000 tokens
