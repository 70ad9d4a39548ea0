args: forecast examples/growing-assistant.yaml --months 9
exit: 0
stdout-has: Commitments running past the last month still owe $48,180.00 after it
