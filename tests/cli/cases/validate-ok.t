args: validate pricing/aws-bedrock.yaml examples/chatbot.yaml tests/data/good/mixed.yaml
exit: 0
stdout-has: pricing/aws-bedrock.yaml: ok: price sheet aws-bedrock
stdout-has: examples/chatbot.yaml: ok: scenario support-chatbot, 1 workload, 0 options, priced with aws-bedrock
stderr-empty
