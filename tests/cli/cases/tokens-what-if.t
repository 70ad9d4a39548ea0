args: what-if examples/chatbot.yaml --set workloads.chat.model=amazon.titan-embed-text-v2:0
exit: 3
stdout-empty
stderr-has: genaicost: examples/chatbot.yaml:14:20: workload 'chat': output_tokens is 400, but amazon.titan-embed-text-v2:0 is an embedding model
