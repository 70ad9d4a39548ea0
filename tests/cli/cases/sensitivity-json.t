args: sensitivity examples/chatbot.yaml --swing 10% --format json
exit: 0
stdout-has: "genaicost": "sensitivity/1"
stdout-has: "swing": 0.10000000000000001
stdout-has: "path": "workloads.chat.output_tokens"
