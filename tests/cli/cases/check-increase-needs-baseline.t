args: check examples/chatbot.yaml --max-increase 10%
exit: 2
stderr-has: --max-increase measures against a baseline
