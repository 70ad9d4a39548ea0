# A rank correlation against a total that is the same in every trial has
# no value (the ranks of a constant are all equal: 0/0): "-" with a note
# under the table, not "+0.000" (README "Uncertain inputs"); the
# baseline's +0.894 is unchanged
args: simulate examples/uncertain-demand.yaml --trials 20000 --budget 12k
exit: 0
stdout-has: workloads.chat.requests_per_month  2,528,366 (2,520,341)    +0.894           -
stdout-has: A rank correlation is "-" where a side does not vary: the total of pt-6-month is the same in every trial.
stdout-lacks: +0.000
stderr-empty
