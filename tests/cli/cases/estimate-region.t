args: estimate examples/chatbot.yaml --region eu-central-1
exit: 3
stderr-has: examples/chatbot.yaml:11:12: workload 'chat': anthropic.claude-3-5-sonnet-20241022-v2:0 is not offered in 'eu-central-1' (sheet lists: us-east-1, us-west-2
