args: params examples/rag-knowledge-base.yaml
exit: 0
stdout-has: services.vectors.quantity = 2
stdout-has: services.vectors.scope = region
stdout-has: topology.strategy = single
