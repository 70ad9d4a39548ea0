args: what-if examples/chatbot.yaml --set workloads.chat.output_tokns=800
exit: 2
stderr-has: did you mean 'workloads.chat.output_tokens'
