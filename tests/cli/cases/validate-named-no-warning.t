args: validate examples/chatbot.yaml
exit: 0
stdout-has: examples/chatbot.yaml: ok: scenario support-chatbot
stderr-empty
