# simulate --explain: each input's bounds in plain words, figures grouped
# as the report's tables write them (16,900,000, not 1.69e+07)
before: printf 'genaicost: scenario/1\nname: bounds\npricing: aws-bedrock\nworkloads:\n  - name: chat\n    model: anthropic.claude-instant-v1\n    requests_per_month: 3M\n    input_tokens: 1500\n    output_tokens: 400\nuncertain:\n  workloads.chat.requests_per_month: {dist: empirical, values: [1.2M, 16.9M, 20M], min: 1.5M, max: 16.9M}\n  workloads.chat.output_tokens: {dist: normal, mean: 400, sd: 100, min: 50, max: 1250}\n  workloads.chat.input_tokens: {dist: empirical, values: [800, 3000], max: 2500}\n' > "$GAC_TMP/b.yaml"
args: simulate $GAC_TMP/b.yaml --trials 200 --explain
exit: 0
stdout-has: workloads.chat.requests_per_month: empirical, 3 values from 1,200,000 to 20,000,000; a value below 1,500,000 counts as 1,500,000 and one above 16,900,000 as 16,900,000
stdout-has: workloads.chat.output_tokens: normal, mean 400, sd 100; drawn only between 50 and 1,250 (the distribution cut off there)
stdout-has: workloads.chat.input_tokens: empirical, 2 values from 800 to 3,000; a value above 2,500 counts as 2,500
stdout-lacks: e+0
stdout-lacks: bounded
stdout-lacks: F(min)
