# README: each 100 output tokens add $1,500.00, each 500 input tokens the same
args: what-if examples/learn/prompt-efficiency.yaml --sweep workloads.assistant.input_tokens=500:3000:6 --sweep workloads.assistant.output_tokens=100:600:6 --format csv
exit: 0
stdout-has: 500,100,3000,3000,3000,3000
stdout-has: 500,200,4500,4500,4500,4500
stdout-has: 2500,600,16500,16500,16500,16500
stdout-has: 3000,500,16500,16500,16500,16500
stdout-has: 3000,600,18000,18000,18000,18000
