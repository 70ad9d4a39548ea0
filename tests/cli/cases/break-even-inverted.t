args: break-even examples/chatbot-options.yaml --vary workloads.chat.requests_per_month --between baseline --and haiku-3-5 --range 5M:1M
exit: 2
stderr-has: --range is empty or inverted: 5M:1M
