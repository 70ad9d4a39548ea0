# four model units with the overflow on demand: the load has a slope (the
# share above the units), the units themselves are a step (—, and the
# note says why)
args: sensitivity examples/mixed-deployment.yaml
exit: 0
stdout-has: $29,433.60       0.758
stdout-has: $11,680.00           —
stdout-has: — where the plan cannot say
