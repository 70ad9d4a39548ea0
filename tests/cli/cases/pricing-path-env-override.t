args: estimate --model anthropic.claude-3-5-sonnet-20241022-v2:0 --requests 1M --input-tokens 1500 --output-tokens 400 --format csv
before: mkdir -p "$GAC_TMP/prices" && sed '256s/output: 0.015$/output: 0.02/' pricing/aws-bedrock.yaml > "$GAC_TMP/prices/aws-bedrock.yaml"
env: GENAICOST_PRICING_PATH=/nonexistent::$GAC_TMP/prices
exit: 0
stdout-has: ,output tokens,400000,1K tokens,0.02,8000
stdout-lacks: ,0.015,6000
stderr-has: genaicost: warning: anthropic.claude-3-5-sonnet-20241022-v2:0 was retired on 2026-07-30
