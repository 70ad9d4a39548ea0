args: simulate examples/uncertain-demand.yaml --trials 40000 --memory 1 --histogram $GAC_TMP/stream-hist.csv
exit: 3
stderr-has: --histogram needs every total kept, and 40000 trials exceed the memory cap; raise --memory or run fewer trials
stdout-empty
after: test ! -e "$GAC_TMP/stream-hist.csv"
