args: break-even examples/chatbot-options.yaml --vary workloads.chat.request_per_month --between baseline --and haiku-3-5
exit: 2
stderr-has: unknown parameter 'workloads.chat.request_per_month' (did you mean 'workloads.chat.requests_per_month'?)
