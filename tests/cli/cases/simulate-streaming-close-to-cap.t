# a run just past the memory cap says so with the decimals that tell the
# two sizes apart (was "1.0 MiB, past the 1.0 MiB memory cap"), and its
# "-" rank correlations say why: a streamed run keeps no trials to rank
args: simulate examples/uncertain-demand.yaml --trials 15500 --memory 1
exit: 0
stdout-has: the totals would take 1.01 MiB, past the 1.00 MiB memory cap
stdout-has: The rank correlations are "-": a streamed run keeps no trials to rank (--memory, see the heading).
