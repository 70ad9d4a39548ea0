args: compare examples/custom-vs-fine-tuned.yaml --months 3 --format json
exit: 0
stdout-has: "tco_months": 3
stdout-has: "tco_cumulative": [
stdout-has: "component": "imported model inference"
