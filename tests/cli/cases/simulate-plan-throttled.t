args: simulate tests/data/good/plan-throttled.yaml --trials 9000 --explain
exit: 0
stdout-has: priced 14284 of the 18000 option-trials, exactly as the engine would; 3716 crossed a branch the plan was compiled on and were priced by the engine, 0 had no plan
stdout-has: No option carries the peak load in 37.2% of the trials
