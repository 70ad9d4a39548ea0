# a pattern's output_tokens skipped on provisioned throughput of an
# embedding model too: its peak counts 0 output tokens a minute (2M × 300
# input / 43,800 minutes = 13,699 input tokens a minute)
before: printf 'genaicost: scenario/1\nname: pt-embed\npricing: aws-bedrock\nworkloads:\n  - {name: chat, model: anthropic.claude-instant-v1, requests_per_month: 1M, input_tokens: 1000, output_tokens: 200}\n  - name: docs\n    model: cohere.embed-english-v3\n    requests_per_month: 2M\n    input_tokens: 300\n    deployment: {mode: provisioned, commitment: 1-month, model_units: 1}\n' > "$GAC_TMP/pt.yaml"
args: estimate $GAC_TMP/pt.yaml --set workloads.*.output_tokens=500 --explain
exit: 0
stdout-has: chat      anthropic.claude-instant-v1  output tokens             500,000  1K tokens           $0.0024     $1,200.00
stdout-has: peak load 13,699 input and 0 output tokens/min
stdout-has: docs: 2000000 requests × 0 output tokens = 0 tokens
