# Both sides of the comparison run natively: under valgrind (make valgrind-check)
# libm may differ in the last bits, which is not what this case is about.
args: simulate examples/uncertain-demand.yaml --trials 2000 --format csv
env: LC_ALL=de_DE.UTF-8
exit: 0
stdout-has: Option,Mean,SD,P5,P50,P90,P95,P99,Min,Max,P(over budget),P(cheapest)
after: LC_ALL=de_DE.UTF-8 $GENAICOST_BIN simulate examples/uncertain-demand.yaml --trials 2000 --format csv > $GAC_TMP/sim.de && LC_ALL=C $GENAICOST_BIN simulate examples/uncertain-demand.yaml --trials 2000 --format csv | cmp -s - $GAC_TMP/sim.de
