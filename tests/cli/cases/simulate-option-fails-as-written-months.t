# with --months a trial prices a horizon: the option's failure at the
# scenario's own values is the forecast's, its month named, and the option
# is named with no hint to bound the draws
args: simulate tests/data/bad/simulate-option-term.yaml --trials 100 --months 2 --threads 2 --allow-path tests/data/good
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/bad/simulate-option-term.yaml:18:56: option 'od': month 1: deployment.term is the Reserved tier's
stderr-lacks: trial
stderr-lacks: bound the uncertain inputs
