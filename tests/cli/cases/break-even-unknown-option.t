args: break-even examples/chatbot-options.yaml --vary workloads.chat.requests_per_month --between baseline --and nope
exit: 2
stderr-has: no option named 'nope'
