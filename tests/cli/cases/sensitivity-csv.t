args: sensitivity examples/chatbot.yaml --format csv
exit: 0
stdout-has: Input,Value,Low,High,Total at low,Total at high,Swing
stdout-has: workloads.chat.output_tokens,400,320,480,12231,16119,3888
