args: forecast examples/growing-assistant.yaml --months 12 --explain --format json
exit: 0
stdout-lacks: How each month
after: $GENAICOST_BIN forecast examples/growing-assistant.yaml --months 12 --format json | cmp -s - $OUT
