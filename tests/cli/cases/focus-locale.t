args: estimate examples/chatbot.yaml --format focus --period 2026-12
env: LC_ALL=de_DE.UTF-8
exit: 0
stdout-exact: chatbot.focus
