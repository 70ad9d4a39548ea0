args: what-if examples/chatbot.yaml --sweep workloads.chat.input_tokens=1:2:0
exit: 2
stderr-has: genaicost: sweep of workloads.chat.input_tokens: STEPS must be from 2 to 10000000 (got 0)
stdout-empty
