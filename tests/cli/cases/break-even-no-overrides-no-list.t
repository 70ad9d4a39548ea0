args: break-even examples/chatbot-options.yaml --vary workloads.chat.requests_per_month --between baseline --and haiku-3-5
exit: 0
stdout-lacks: At list prices
stdout-has: Break-even: workloads.chat.requests_per_month, baseline against haiku-3-5
