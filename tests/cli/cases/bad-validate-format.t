args: validate --format csv examples/chatbot.yaml
exit: 2
stdout-empty
stderr-has: unknown format 'csv' (table, json)
