# Step 5: Y, a month drawn from last quarter's (the history, one row a
# trial): July 13,680 + 150 + 759.00 = 14,589.00, August 16,374.90,
# September 8,640 + 7,920 + 210 + 396 + 118.80 + 396 = 17,680.80; with
# three equally likely months P90 is September's, $17,680.80.
args: simulate examples/usage/last-quarter.yaml --trials 10000
exit: 0
stdout-has: baseline  $16,223.09  $1,268.58  $14,589.00  $16,374.90  $17,680.80  $17,680.80
