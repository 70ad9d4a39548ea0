args: params examples/chatbot.yaml --format xlsx
exit: 2
stdout-empty
stderr-has: params has no --format xlsx (its formats: table, json)
