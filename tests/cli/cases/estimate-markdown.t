args: estimate examples/chatbot.yaml --format=markdown
exit: 0
stdout-exact: chatbot.md
