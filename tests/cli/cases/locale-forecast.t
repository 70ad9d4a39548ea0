args: forecast examples/growing-assistant.yaml --months 12 --format csv
env: LC_ALL=de_DE.UTF-8
exit: 0
after: LC_ALL=C $GENAICOST_BIN forecast examples/growing-assistant.yaml --months 12 --format csv | cmp -s - $OUT
