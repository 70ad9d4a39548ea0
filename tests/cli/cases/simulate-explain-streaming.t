args: simulate examples/uncertain-demand.yaml --trials 40000 --memory 1 --explain
exit: 0
stdout-has: (from the streamed summary: each total counted in a bucket 2^-10 of its value wide, read at its middle, within 0.049% of the exact quantile; SE(P95) as below, from the summary's quantiles) = $
