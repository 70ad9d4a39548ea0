args: estimate examples/chatbot.yaml --format
exit: 2
stderr-has: option --format needs a value
