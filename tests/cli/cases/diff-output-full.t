args: diff examples/chatbot.yaml examples/chatbot.yaml --set workloads.chat.output_tokens=500 -o /dev/full
exit: 4
stderr-has: genaicost: /dev/full: cannot write
stdout-empty
