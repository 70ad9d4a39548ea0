args: simulate examples/uncertain-demand.yaml --trials 0 -o $GAC_TMP/kept-sim.txt
exit: 2
stderr-has: genaicost: --trials takes a whole number from 1 to 1000000000 (got '0')
stdout-empty
before: printf 'last run: 20000 trials\n' > "$GAC_TMP/kept-sim.txt"
after: test "$(cat "$GAC_TMP/kept-sim.txt")" = "last run: 20000 trials" && ! ls "$GAC_TMP"/kept-sim.txt.tmp* 2>/dev/null
