args: estimate examples/chatbot.yaml --set workloads.chat.model=nope.model
exit: 3
stderr-has: genaicost: examples/chatbot.yaml:10:5: workload 'chat': unknown model 'nope.model' in price sheet 'aws-bedrock'
stdout-empty
