# an option that fails whatever the trials draw (on demand with a term it
# writes itself) is named as compare names it, with no hint to bound the
# uncertain inputs (was "trial 1: ... (bound the uncertain inputs with min/max)")
args: simulate tests/data/bad/simulate-option-term.yaml --trials 100 --allow-path tests/data/good
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/bad/simulate-option-term.yaml:18:56: option 'od': deployment.term is the Reserved tier's, but deployment.mode is on-demand
stderr-lacks: trial
stderr-lacks: bound the uncertain inputs
