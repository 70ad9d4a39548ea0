args: what-if examples/chatbot.yaml --sweep workloads.chat.output_tokens=800:0:5
exit: 2
stderr-has: the range 800:0 is empty or inverted
