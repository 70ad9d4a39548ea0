args: estimate examples/chatbot.yaml --set workloads.chat.model=eu.anthropic.claude-3-5-sonnet-20241022-v2:0
exit: 3
stderr-has: genaicost: examples/chatbot.yaml:10:5: workload 'chat': the 'eu.' inference profile is called from the eu-* regions, not from us-east-1
stdout-empty
