# README "From a bill to a decision", the year: each of 10,000 trials
# draws one of last quarter's months (the history) and each model's
# growth from its fit (normal: Claude Instant 9.78% +/- 1.73%, Embed
# English 18.3% +/- 0.96%, Haiku 9.54% +/- 0.26% a month, as calibrate
# wrote them), then prices 12 months as forecast does.  At the fitted
# growths forecast --months 12 gives $344,529.33 (the mean, $346,164.04,
# is near it; growth is convex in the rate); the year's P90 is
# $403,794.05.
args: simulate examples/usage/last-quarter.yaml --months 12 --trials 10000
exit: 0
stdout-exact: example-finance-simulate-year.txt
