args: compare examples/chatbot-options.yaml --format json
exit: 0
stdout-has: "genaicost": "compare/1"
stdout-has: "cheapest": "nova-pro"
stdout-has: "name": "more-batch"
stdout-has: "total": 12403.125
stdout-has: "delta": -1771.875
