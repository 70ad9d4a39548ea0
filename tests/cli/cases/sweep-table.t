args: what-if examples/chatbot-options.yaml --sweep workloads.chat.output_tokens=100:1000:10
exit: 0
stdout-has: Sweep: monthly total of each option, USD
stdout-has: ┤
stdout-has: ● baseline
stdout-has: workloads.chat.output_tokens
