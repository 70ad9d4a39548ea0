args: what-if examples/chatbot.yaml
exit: 2
stderr-has: give at least one --set PATH=VALUE or --sweep
