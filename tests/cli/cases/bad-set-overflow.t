args: estimate examples/chatbot.yaml --set hours_per_month=1e999
exit: 2
stderr-has: genaicost: hours_per_month: '1e999' is out of range
stdout-empty
