args: check examples/chatbot.yaml --budget -1
exit: 2
stderr-has: genaicost: --budget -1: budget.monthly must not be negative (got -1)
stdout-empty
