args: estimate --model amazon.titan-embed-text-v2:0 --requests 1M --input-tokens 100 --format csv
exit: 0
stdout-has: default,amazon.titan-embed-text-v2:0,input tokens,100000,1K tokens,0.00002,2
stdout-lacks: output tokens
