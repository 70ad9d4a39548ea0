args: break-even examples/chatbot-options.yaml --vary region --between baseline --and haiku-3-5
exit: 2
stderr-has: --vary region: not a numeric parameter
