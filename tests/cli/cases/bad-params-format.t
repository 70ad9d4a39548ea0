args: params examples/chatbot.yaml --format markdown
exit: 2
stdout-empty
stderr-has: unknown format 'markdown' (table, json)
