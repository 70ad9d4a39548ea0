args: check examples/chatbot.yaml --budget 1e9 --trials 100 --seed 3
exit: 2
stderr-has: --trials sets the simulation of a percentile budget: give --percentile P (or budget.percentile in the scenario)
stdout-empty
