args: estimate examples/chatbot.yaml --set region=mars-north-1
exit: 3
stderr-has: genaicost: examples/chatbot.yaml:10:5: workload 'chat': anthropic.claude-3-5-sonnet-20240620-v1:0 is not offered in 'mars-north-1'
stdout-empty
