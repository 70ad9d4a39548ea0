args: break-even examples/chatbot-options.yaml --vary deployment.mode --between baseline --and haiku-3-5
exit: 2
stderr-has: deployment.mode is a choice, not a number
