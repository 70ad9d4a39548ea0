args: compare examples/chatbot-options.yaml --format markdown
exit: 0
stdout-exact: compare.md
