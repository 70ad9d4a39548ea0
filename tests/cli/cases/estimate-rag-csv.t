args: estimate examples/rag-knowledge-base.yaml --format csv
exit: 0
stdout-exact: rag.csv
