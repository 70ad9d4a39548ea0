args: simulate examples/uncertain-demand.yaml --months 3 --trials 500 --explain
exit: 0
stdout-has: Each of the 500 trials is a whole horizon of 3 months: it draws the inputs once
stdout-has: a trial's total is the sum of its 3 months (forecast's cumulative; what a commitment still owes after month 3 is not in it
stdout-has: (1 + growth_per_month)^(month - 1 + forecast.months_since_rates)
stdout-has: the compiled plan prices one month and is not used
stdout-lacks: The engine's plan (its line formulas
