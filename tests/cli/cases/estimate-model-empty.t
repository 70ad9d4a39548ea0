args: estimate examples/chatbot.yaml --model ""
exit: 2
stderr-has: --model: workloads.chat.model must not be empty
