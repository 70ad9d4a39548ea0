# estimate --explain, "Drivers and computed inputs": a driver or field
# given as a constant expression shows its value like the others
# (users = 2 * 3 printed no value): 6 users × 4 calls × 1000 = 24,000
# requests of 100 × 10 = 1,000 input tokens
before: printf 'genaicost: scenario/1\nname: const\npricing: aws-bedrock\nregion: us-east-1\ndrivers:\n  users: "= 2 * 3"\n  calls: 4\nworkloads:\n  - name: chat\n    model: amazon.nova-pro-v1:0\n    requests_per_month: "= users * calls * 1000"\n    input_tokens: "= 100 * 10"\n    output_tokens: 250\n' > "$GAC_TMP/c.yaml"
args: estimate "$GAC_TMP/c.yaml" --explain
exit: 0
stdout-has:   users = 2 * 3
stdout-has:       = 2 × 3 = 6
stdout-has:   workloads.chat.requests_per_month = users * calls * 1000
stdout-has:       = 6 × 4 × 1000 = 24000
stdout-has:   workloads.chat.input_tokens = 100 * 10
stdout-has:       = 100 × 10 = 1000
stderr-empty
