args: estimate examples/agent-drivers.yaml --set drivers.calls_per_session=300% --format csv
exit: 0
stdout-has: planner,amazon.nova-pro-v1:0,output tokens,180000,1K tokens,0.0032,576
