# the scenario's own deployment commits (no forecast.commitments): one
# unit of 22.00 an hour x 730 = $16,060 a month, bought in month 1 for 6
# months and renewed in month 7; owed after month 1 = 5 x 16,060 =
# $80,300, after month 6 $0, after month 8 (the run's end) 4 x 16,060
args: forecast examples/uncertain-demand.yaml --months 8 --set deployment.mode=provisioned --set deployment.commitment=6-month --set deployment.model_units=1
exit: 0
stdout-has:     1  baseline           1.0000      1       -    $16,060.00   $16,060.00  $80,300.00
stdout-has:     6  baseline           1.0000      1       -    $16,060.00   $96,360.00       $0.00
stdout-has:     8  baseline           1.0000      1       -    $16,060.00  $128,480.00  $64,240.00
stdout-has:   purchase: 1 unit of anthropic.claude-instant-v1 (chat) for baseline, 6-month term from month 1 (to month 6), $16,060.00 a month
stdout-has:   renewal: 1 unit of anthropic.claude-instant-v1 (chat) for baseline, 6-month term from month 7 (to month 12), $16,060.00 a month
stdout-has: Commitments running past the last month still owe $64,240.00 after it
