args: sensitivity examples/chatbot.yaml --format json
exit: 0
stdout-lacks: list_total
