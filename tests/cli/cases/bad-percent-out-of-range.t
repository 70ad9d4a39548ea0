args: estimate tests/data/bad/percent-out-of-range.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/percent-out-of-range.yaml:10:21: workloads.chat.batch_fraction is a fraction between 0 and 1 (got 1.5; write 50% or 0.5)
stdout-empty
