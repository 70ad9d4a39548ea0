args: forecast examples/growing-assistant.yaml --months 3 --format json
exit: 0
stdout-has: "genaicost": "forecast/2"
stdout-has: "total": 11664.0
