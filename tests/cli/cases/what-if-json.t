args: what-if examples/chatbot.yaml --set workloads.chat.output_tokens=800 --format json
exit: 0
stdout-has: "genaicost": "what-if/1"
stdout-has: "after": 23895.0
stdout-has: "delta": 9720.0
