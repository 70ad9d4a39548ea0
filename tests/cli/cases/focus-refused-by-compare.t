args: compare examples/chatbot-options.yaml --format focus
exit: 2
stdout-empty
stderr-has: --format focus exports an estimate: use 'genaicost estimate'
