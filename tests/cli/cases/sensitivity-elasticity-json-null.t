# JSON: null where the plan cannot say (the document still validates)
args: sensitivity examples/mixed-deployment.yaml --format json
exit: 0
stdout-has: "elasticity": null
stdout-has: "slope": null
