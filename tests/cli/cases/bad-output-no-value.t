args: estimate examples/chatbot.yaml --output
exit: 2
stderr-has: genaicost: option --output needs a value
stdout-empty
