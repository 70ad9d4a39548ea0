args: estimate examples/mixed-deployment.yaml --set workloads.assistant.deployment.overflow=throttle --explain --format json
exit: 0
stdout-has: "utilisation": 0.20833333333333334,
stdout-has: "tokens_per_month": 36500000000.0,
stdout-has: "effective_per_1m": 1.76,
stdout-has: "overflow_input_tokens": 23360000000.0,
stdout-has: "overflow_output_tokens": 5840000000.0,
stdout-has: tokens served a month = (52560000000 − 23360000000 throttled) input + (13140000000 − 5840000000 throttled) output = 36500000000 (65700000000 a month asked, 29200000000 throttled: not served)
stdout-has: effective per 1M tokens served = 64240 USD ÷ 36500000000 tokens × 1000000 = 1.76 USD
