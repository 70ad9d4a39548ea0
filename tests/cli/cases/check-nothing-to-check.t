args: check examples/chatbot.yaml
exit: 2
stderr-has: nothing to check
