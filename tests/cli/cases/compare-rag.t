args: compare examples/rag-knowledge-base.yaml --format csv
exit: 0
stdout-has: kendra-instead,us-east-1,3457.1450000000004,670.6399999999999
