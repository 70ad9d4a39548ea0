args: break-even examples/chatbot-options.yaml --vary workloads.chat.batch_fraction --between baseline --and nova-pro
exit: 0
stdout-has: Searched 0.00 to 1.00.
