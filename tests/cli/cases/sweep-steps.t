args: what-if examples/chatbot.yaml --sweep workloads.chat.output_tokens=0:800:1
exit: 2
stderr-has: STEPS must be from 2
