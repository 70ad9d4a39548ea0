args: what-if examples/chatbot.yaml --set deployment.mode=batch --format markdown --explain
exit: 0
stdout-has: ### genaicost what-if
stdout-has: - set deployment\.mode=batch
