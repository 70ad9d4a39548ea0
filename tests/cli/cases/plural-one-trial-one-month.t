# one trial of a one-month horizon: "1 trial of 1 month each", "over 1
# month", not "1 trials of 1 months each"; forecast --months 1 heads
# "Forecast: 1 month"
args: simulate examples/uncertain-demand.yaml --trials 1 --months 1 --explain
exit: 0
stdout-has: Simulation: 1 trial of 1 month each, seed 1,
stdout-has: USD over 1 month: each trial is a whole horizon
stdout-has: The 1 trial is a whole horizon of 1 month:
stdout-lacks: 1 trials
stdout-lacks: 1 months
after: $GENAICOST_BIN forecast examples/growing-assistant.yaml --months 1 | grep -q '^Forecast: 1 month, USD$'
stderr-empty
