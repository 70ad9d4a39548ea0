args: models --vendor cohere --region us-west-2 --format csv
exit: 0
stdout-has: cohere.command-r-plus-v1:0,cohere,text
stdout-lacks: anthropic
