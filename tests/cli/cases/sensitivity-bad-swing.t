args: sensitivity examples/chatbot.yaml --swing 150%
exit: 2
stderr-has: --swing is a fraction above 0 and below 1
