# Step 5: Y, a month drawn from last quarter's (the history, one row a
# trial): July 13,680 + 150 + 759.00 = 14,589.00, August 16,374.90,
# September 8,640 + 7,920 + 210 + 396 + 118.80 + 396 = 17,680.80; with
# three equally likely months P90 is September's, $17,680.80.
args: simulate examples/usage/last-quarter.yaml --trials 10000
exit: 0
stdout-has: baseline  $16,216.14  $1,261.30  $14,589.00  $16,374.90  $17,680.80  $17,680.80
# the fitted growths calibrate writes are drawn, and do not act in a month
stdout-has: A trial prices one month, where growth_per_month does not act
stdout-lacks: crossed a branch of the compiled plan
