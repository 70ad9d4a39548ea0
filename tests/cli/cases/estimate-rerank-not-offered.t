args: estimate examples/document-pipeline.yaml --set services.sql.service=rerank-cohere-3-5
exit: 3
stdout-empty
stderr-has: rerank-cohere-3-5
stderr-has: us-east-1
