args: params examples/chatbot.yaml --format xml
exit: 2
stdout-empty
stderr-has: genaicost: unknown format 'xml' (table, json)
