args: what-if examples/chatbot.yaml --sweep deployment.mode=0:2:3
exit: 2
stderr-has: deployment.mode is a choice, not a number
