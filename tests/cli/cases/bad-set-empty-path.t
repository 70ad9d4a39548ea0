args: estimate examples/chatbot.yaml --set =5
exit: 2
stderr-has: genaicost: --set takes PATH=VALUE (got '=5')
stdout-empty
