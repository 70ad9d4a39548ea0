args: simulate examples/uncertain-demand.yaml --trials 100 --histogram -
exit: 2
stderr-has: genaicost: --histogram - and -o (standard output) name the same file: give each its own
stdout-empty
