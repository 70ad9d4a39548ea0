args: models --pricing negotiated --vendor amazon --format csv
before: mkdir -p "$GAC_TMP/mine" && cp pricing/aws-bedrock.yaml "$GAC_TMP/mine/negotiated.yaml"
env: GENAICOST_PRICING_PATH=$GAC_TMP/mine
exit: 0
stdout-has: amazon.nova-micro-v1:0
stderr-empty
