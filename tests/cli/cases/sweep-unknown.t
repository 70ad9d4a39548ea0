args: what-if examples/chatbot.yaml --sweep workloads.chat.output_tokns=0:800:5
exit: 2
stderr-has: did you mean 'workloads.chat.output_tokens'
