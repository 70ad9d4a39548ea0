args: estimate examples/chatbot.yaml --set 'region=us-east-1 '
exit: 3
stderr-has: genaicost: examples/chatbot.yaml:10:5: workload 'chat': anthropic.claude-3-5-sonnet-20240620-v1:0 is not offered in 'us-east-1 ' (sheet lists: us-east-1,
stdout-empty
