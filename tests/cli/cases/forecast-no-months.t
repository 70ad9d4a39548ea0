args: forecast examples/growing-assistant.yaml
exit: 2
stderr-has: forecast needs a SCENARIO and --months N
