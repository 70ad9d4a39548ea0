args: simulate examples/uncertain-demand.yaml --trials 2000 --format csv
env: LC_ALL=de_DE.UTF-8
exit: 0
after: LC_ALL=C $GENAICOST_BIN simulate examples/uncertain-demand.yaml --trials 2000 --format csv | cmp -s - $OUT
