args: models --vendor cohere --region us-west-2 --format csv
exit: 0
stdout-has: cohere.command-text-v14,cohere,text,1,2,
stdout-lacks: cohere.command-r-plus-v1:0
stdout-lacks: anthropic
