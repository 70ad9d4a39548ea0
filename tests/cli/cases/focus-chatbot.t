args: estimate examples/chatbot.yaml --format focus --period 2026-12
exit: 0
stdout-exact: chatbot.focus
