args: compare examples/chatbot-options.yaml --format csv
exit: 0
stdout-exact: compare.csv
