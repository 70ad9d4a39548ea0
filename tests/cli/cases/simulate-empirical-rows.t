args: simulate examples/usage-history.yaml --trials 2000 --explain
exit: 0
stdout-has: workloads.chat.output_tokens: empirical, 24 values from 268 to 483; resampled by row of examples/data/usage-history.csv, with workloads.chat.requests_per_month
stdout-has: Columns of one CSV file are resampled a row at a time: a trial takes one row, each row equally likely
