args: estimate examples/agent-drivers.yaml --set workloads.*.input_tokens=1000 --format csv
exit: 0
stdout-has: planner,amazon.nova-pro-v1:0,input tokens,384000,1K tokens,0.0008,307.2
stdout-has: planner,amazon.nova-pro-v1:0,cache read tokens,576000,1K tokens,0.0002,115.2
stdout-has: summariser,amazon.nova-lite-v1:0,input tokens,240000,1K tokens,0.00006,14.4
stdout-has: retrieval,amazon.titan-embed-text-v2:0,input tokens,960000,1K tokens,0.00002,19.2
