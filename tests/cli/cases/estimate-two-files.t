args: estimate examples/chatbot.yaml examples/chatbot.yaml
exit: 2
stderr-has: estimate takes one scenario
