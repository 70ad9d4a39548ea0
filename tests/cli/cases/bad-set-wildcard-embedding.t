# a pattern is every workload where the field applies: retrieval, on an
# embedding model, is skipped (this case pinned exit 3 before): planner
# 96,000 K × $0.0032 = $307.20 and summariser 24,000 K × $0.00024 = $5.76
# out; 921.60 + 345.60 + 307.20 + 86.40 + 5.76 + 3.84 = $1,670.40
args: estimate examples/agent-drivers.yaml --set workloads.*.output_tokens=100
exit: 0
stdout-has: $1,670.40
stderr-empty
