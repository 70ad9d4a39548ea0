args: params examples/chatbot.yaml --set workloads.chat.no_such=1
exit: 2
stdout-empty
stderr-has: unknown parameter 'workloads.chat.no_such'
