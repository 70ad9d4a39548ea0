args: estimate tests/data/bad/unknown-service.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/unknown-service.yaml:11:5: service 'vectors': unknown service 'opensearch-serverles-ocu' in price sheet 'aws-bedrock' (did you mean 'opensearch-serverless-ocu'?)
stdout-empty
