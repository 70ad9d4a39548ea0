args: estimate examples/chatbot.yaml --set workloads.chat.output_tokens
exit: 2
stderr-has: --set takes PATH=VALUE
