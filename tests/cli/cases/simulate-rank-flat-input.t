# an input drawn the same in every trial (last-quarter.yaml's Embed
# English input_tokens, 500 in each of the three months) has no rank
# order either: "-" against the baseline's varying total, and the note
# names it; where every total is constant (horizon-fixed.yaml) the note
# names the options
args: simulate examples/usage/last-quarter.yaml --trials 200
exit: 0
stdout-has: workloads.embed-english-v3.input_tokens                                    500 (500)         -
stdout-has: A rank correlation is "-" where a side does not vary: the draws of workloads.embed-english-v3.input_tokens, workloads.embed-english-v3.output_tokens,
after: $GENAICOST_BIN simulate tests/data/good/horizon-fixed.yaml --trials 10 | grep -qF 'A rank correlation is "-" where a side does not vary: the totals of baseline and pt-6-month are each the same in every trial.'
stderr-empty
