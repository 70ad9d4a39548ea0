args: what-if examples/chatbot.yaml --sweep hours_per_month=1:2:2 --sweep hours_per_month=1:2:2 --sweep hours_per_month=1:2:2
exit: 2
stderr-has: at most two --sweep
