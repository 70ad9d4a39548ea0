args: validate --format csv examples/chatbot.yaml
exit: 2
stdout-empty
stderr-has: genaicost: validate has no --format csv (its formats: table, json)
