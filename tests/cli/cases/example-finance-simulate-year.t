# README "From a bill to a decision", the year: each of 10,000 trials
# draws one of last quarter's months (the history) and each model's
# growth from its fit (normal: Claude Instant 9.78% +/- 1.73%, Embed
# English 18.3% +/- 0.96%, Haiku 9.54% +/- 0.26% a month, as calibrate
# wrote them), then prices 12 months as forecast does, October 2026 to
# September 2027 (forecast.start, 2 months of growth after the quarter's
# mean month).  At the fitted growths forecast --months 12 gives
# $416,363.01 (the mean, $419,599.10, is near it; growth is convex in the
# rate); the year's P90 is $502,706.62.
args: simulate examples/usage/last-quarter.yaml --months 12 --trials 10000
exit: 0
stdout-exact: example-finance-simulate-year.txt
