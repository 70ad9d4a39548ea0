args: estimate examples/chatbot.yaml --set workloads.ghost.input_tokens=1
exit: 2
stderr-has: genaicost: unknown parameter 'workloads.ghost.input_tokens' (did you mean 'workloads.chat.input_tokens'?)
stderr-has: Try 'genaicost estimate --help'.
stdout-empty
