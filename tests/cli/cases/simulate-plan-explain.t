args: simulate tests/data/plan/long-context.yaml --trials 9000 --explain
exit: 0
stdout-has: priced 4452 of the 9000 option-trials, exactly as the engine would; 4548 crossed a branch the plan was compiled on and were priced by the engine, 0 had no plan
