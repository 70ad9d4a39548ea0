args: estimate examples/mixed-deployment.yaml
exit: 0
stdout-has: embeddings  amazon.titan-embed-text-v2:0  input tokens
stdout-has: assistant   anthropic.claude-instant-v1   provisioned throughput                     2,920  model-unit hour         $22    $64,240.00
stdout-has: overflow input tokens (on demand)     23,360,000  1K tokens           $0.0008    $18,688.00
stdout-has: overflow output tokens (on demand)     5,840,000  1K tokens           $0.0024    $14,016.00
stdout-has: $97,041.33
stdout-has: 4 model units billed, 8 needed at peak (the rest served on demand)
stdout-has: overflow 44.4% of the tokens (29,200,000,000), served on demand for $32,704.00
stdout-lacks: TOO FEW
