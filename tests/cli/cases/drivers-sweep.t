args: what-if examples/agent-drivers.yaml --sweep drivers.users=10k:30k:3 --format csv
exit: 0
stdout-has: 10000,1074.24
stdout-has: 20000,2148.48
stdout-has: 30000,3222.72
