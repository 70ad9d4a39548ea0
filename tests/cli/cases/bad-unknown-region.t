args: estimate tests/data/bad/unknown-region.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/unknown-region.yaml:4:9: region 'mars-north-1' is not in price sheet 'aws-bedrock'
