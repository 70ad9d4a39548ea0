args: diff tests/data/ci/gate.yaml examples/chatbot.yaml
exit: 0
stdout-has: Old and new are two scenarios: gate and support-chatbot
stdout-has:   workloads.chat.output_tokens            200 -> 400
stdout-has:   workloads.nightly                       removed
stdout-has:   pricing.name                            gate-prices -> aws-bedrock
