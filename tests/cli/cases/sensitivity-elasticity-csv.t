# CSV keeps its columns in place and adds Slope and Elasticity at the end
args: sensitivity examples/chatbot.yaml --format csv
exit: 0
stdout-has: Input,Value,Low,High,Total at low,Total at high,Swing,Clamped,Slope,Elasticity
stdout-has: workloads.chat.requests_per_month,2000000,1600000,2400000,11340,17010,5670,,0.0070875,1
