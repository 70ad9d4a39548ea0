args: compare examples/chatbot.yaml --format csv
exit: 0
stdout-has: baseline,us-east-1,14175,0,0
