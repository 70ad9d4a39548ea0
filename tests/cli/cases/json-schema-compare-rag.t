args: compare examples/rag-knowledge-base.yaml --format json --explain
exit: 0
stdout-has: "genaicost": "compare/1"
stdout-has: "formula":
