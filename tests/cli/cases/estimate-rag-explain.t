args: estimate examples/rag-knowledge-base.yaml --explain
exit: 0
stdout-has: = 2 running × 730 hours in us-east-1 = 1460 OCU-hours × 0.24 USD = 350.4 USD
stdout-has: Guardrails content filters
