args: estimate --model anthropic.claude-3-5-sonnet-20240620-v1:0 --requests=1M --input-tokens 1500 --output-tokens 400 --format csv
exit: 0
stdout-has: Total,,,,,,10500
stdout-has: default,anthropic.claude-3-5-sonnet-20240620-v1:0,output tokens,400000,1K tokens,0.015,6000
