args: simulate examples/chatbot.yaml
exit: 3
stderr-has: declares no 'uncertain' inputs
