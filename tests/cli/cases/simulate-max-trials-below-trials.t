args: simulate examples/uncertain-demand.yaml --precision 1% --trials 1000 --max-trials 500
exit: 2
stderr-has: --max-trials 500 is below --trials 1000, where --precision starts
stdout-empty
