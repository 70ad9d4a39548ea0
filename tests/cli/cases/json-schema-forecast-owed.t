args: forecast examples/growing-assistant.yaml --months 9 --format json
exit: 0
stdout-has: "deployment": "pt-6-month"
stdout-has: "owed_after": 48180.0
