args: what-if examples/chatbot.yaml --sweep region=0:800:5
exit: 2
stderr-has: region is text, not a number
