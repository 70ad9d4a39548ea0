args: estimate examples/chatbot.yaml --format csv
env: LC_ALL=de_DE.UTF-8
exit: 0
stdout-exact: chatbot.csv
