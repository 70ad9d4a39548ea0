args: break-even examples/chatbot-options.yaml --vary workloads.chat.requests_per_month --between baseline --and haiku-3-5 --format json
exit: 0
stdout-has: "genaicost": "break-even/1"
stdout-has: "break_even": []
stdout-has: "ratio": false
