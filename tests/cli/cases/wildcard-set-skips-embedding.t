# --set 'workloads.*.output_tokens=500' sets every workload where it
# applies and skips retrieval, on an embedding model (was exit 3, blaming
# the file): planner 960,000 × 500 / 1K × $0.0032 = $1,536.00, summariser
# 240,000 × 500 / 1K × $0.00024 = $28.80; total 921.60 + 345.60 + 1,536.00
# + 86.40 + 28.80 + 3.84 = $2,922.24
args: estimate examples/agent-drivers.yaml --set workloads.*.output_tokens=500 --explain
exit: 0
stdout-has: planner     amazon.nova-pro-v1:0          output tokens        480,000  1K tokens     $0.0032     $1,536.00
stdout-has: summariser  amazon.nova-lite-v1:0         output tokens        120,000  1K tokens    $0.00024        $28.80
stdout-has: $2,922.24
stdout-has: = 3.8400000000000003 USD; output_tokens from workloads.*.output_tokens skipped here: amazon.titan-embed-text-v2:0 is an embedding model, which produces no output tokens
stderr-empty
