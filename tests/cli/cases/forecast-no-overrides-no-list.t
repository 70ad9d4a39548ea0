args: forecast examples/growing-assistant.yaml --months 3 --format json
exit: 0
stdout-lacks: list_total
