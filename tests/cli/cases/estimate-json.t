args: estimate examples/chatbot.yaml --format json
exit: 0
stdout-has: "genaicost": "report/1"
stdout-has: "total": 14175.0
stdout-has: "as_of": "2026-09-23"
stdout-has: "component": "batch output tokens"
stdout-has: "workloads.chat.output_tokens": 400.0
stdout-lacks: "formula"
