args: simulate tests/data/good/overrides-simulate.yaml --trials 10000 --threads 2 --format json
exit: 0
stdout-has: "list_mean": 84.170992186781859,
stdout-has: "negotiated_saving_mean": 8.4170992186782172
stdout-has: "negotiated_saving_mean": 0.0
