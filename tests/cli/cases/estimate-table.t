args: estimate examples/chatbot.yaml
exit: 0
stdout-exact: chatbot.table
stderr-empty
