args: estimate examples/chatbot.yaml --set workloads.chat.output_tokens=800 --format csv
exit: 0
stdout-has: output tokens,1152000,1K tokens,0.015,17280
stdout-has: Total,,,,,,23895
