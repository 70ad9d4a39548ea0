args: what-if examples/chatbot.yaml --sweep workloads.chat.output_tokens=0:800:5:log
exit: 2
stderr-has: a log sweep cannot reach 0 or below
