args: break-even examples/chatbot-options.yaml --vary workloads.chat.requests_per_month --between baseline --and haiku-3-5
exit: 0
stdout-has: No break-even in this range: haiku-3-5 is cheaper throughout
