args: check examples/chatbot.yaml --baseline examples/ci/chatbot.baseline.json --max-increase '$2,430' --set workloads.chat.output_tokens=500
exit: 2
stderr-has: (got '$2,430')
