args: estimate --model amazon.nova-pro-v1:0 --requests 1M --input-tokens 1000 --output-tokens 100 --set workloads.default.inference=latency-optimized --format csv
exit: 0
stdout-has: default,amazon.nova-pro-v1:0,input tokens (latency-optimized),1000000,1K tokens,0.001,1000,false
stdout-has: default,amazon.nova-pro-v1:0,output tokens (latency-optimized),100000,1K tokens,0.004,400,false
stderr-empty
