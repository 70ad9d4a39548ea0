args: what-if examples/chatbot.yaml --sweep workloads.chat.output_tokens=400:800:2 --format csv
exit: 0
stdout-has: workloads.chat.output_tokens,baseline
stdout-has: 400,14175
stdout-has: 800,23895
