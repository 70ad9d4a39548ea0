args: estimate examples/chatbot.yaml --format csv
exit: 0
stdout-exact: chatbot.csv
