args: check examples/chatbot.yaml --budget 1 --percentile 90
exit: 3
stderr-has: budget.percentile judges a simulated bill
