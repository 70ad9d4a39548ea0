args: models pricing/aws-bedrock.yaml
exit: 2
stderr-has: models takes no file
