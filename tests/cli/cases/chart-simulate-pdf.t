args: simulate examples/uncertain-demand.yaml --trials 500 --budget 12000 --chart $GAC_TMP/sim.pdf
exit: 0
after: head -c 5 "$GAC_TMP/sim.pdf" | grep -q "%PDF-"
