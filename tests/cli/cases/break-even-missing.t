args: break-even examples/chatbot-options.yaml --vary workloads.chat.requests_per_month
exit: 2
stderr-has: with a SCENARIO give --vary PATH --between A --and B
