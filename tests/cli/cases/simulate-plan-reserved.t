args: simulate tests/data/good/plan-reserved.yaml --trials 9000 --explain
exit: 0
stdout-has: priced 17763 of the 27000 option-trials, exactly as the engine would; 9237 crossed a branch the plan was compiled on and were priced by the engine, 0 had no plan
