args: params examples/rag-knowledge-base.yaml
exit: 0
stdout-has: services.vectors.service = opensearch-serverless-ocu
stdout-has: topology.regions = us-east-1
stdout-has: workloads.answer.model = anthropic.claude-3-5-haiku-20241022-v1:0
