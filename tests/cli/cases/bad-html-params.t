args: params examples/chatbot.yaml --format html
exit: 2
stdout-empty
stderr-has: genaicost: params has no --format html (its formats: table, json)
