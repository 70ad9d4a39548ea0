args: simulate examples/uncertain-demand.yaml --months 6 --trials 500 --budget 12000 --chart $GAC_TMP/horizon.svg
exit: 0
stdout-has: 500 trials of 6 months each
after: grep -q "6-month total" "$GAC_TMP/horizon.svg"
after: grep -q "simulated 6-month total (each trial a whole horizon of 6 months)" "$GAC_TMP/horizon.svg"
