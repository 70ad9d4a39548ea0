args: estimate examples/chatbot.yaml --set 'region=us-east-1 '
exit: 3
stderr-has: genaicost: examples/chatbot.yaml:10:5: region 'us-east-1 ' is not in price sheet 'aws-bedrock' (did you mean 'us-east-1'?)
stdout-empty
