args: simulate tests/data/plan/long-context.yaml --trials 9000 --threads 1
exit: 0
stdout-has: 4548 option-trials crossed a branch of the compiled plan and were priced by the cost engine.
