args: compare examples/chatbot-options.yaml
exit: 0
stdout-exact: compare.table
stderr-empty
