args: estimate examples/chatbot.yaml --set workloads.chat.output_tokns=800
exit: 2
stderr-has: genaicost: unknown parameter 'workloads.chat.output_tokns' (did you mean 'workloads.chat.output_tokens'?)
stdout-empty
