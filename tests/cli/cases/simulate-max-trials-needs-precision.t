args: simulate examples/uncertain-demand.yaml --max-trials 500
exit: 2
stderr-has: --max-trials caps the trials --precision adds: give --precision too
stdout-empty
