args: estimate examples/multi-region-assistant.yaml --set topology.regions=us-east-1,us-west-2 --set topology.strategy=active-active --format csv
exit: 0
stdout-has: provisioned throughput (us-west-2),730,model-unit hour,22,16060
