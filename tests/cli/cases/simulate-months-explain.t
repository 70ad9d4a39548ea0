args: simulate examples/uncertain-demand.yaml --months 3 --trials 500 --explain
exit: 0
stdout-has: Each of the 500 trials is a whole horizon of 3 months: it draws the inputs once
stdout-has: a trial's total is the sum of its 3 months (forecast's cumulative)
stdout-has: the compiled plan prices one month and is not used
stdout-lacks: The engine's plan (its line formulas
