args: estimate tests/data/good/zero-tokens.yaml --format csv
exit: 0
stdout-has: classify,anthropic.claude-3-haiku-20240307-v1:0,input tokens,200000,1K tokens,0.00025,50
stdout-has: search,amazon.titan-embed-text-v2:0,input tokens,1500000,1K tokens,0.00002,30.0000000000000
stdout-has: pictures,amazon.titan-image-generator-v1,images,1000,image,0.01,10
stdout-lacks: output tokens
