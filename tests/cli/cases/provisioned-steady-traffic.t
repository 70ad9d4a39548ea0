# README: with steady traffic around the clock, 4 units at 90% utilisation
# cost $64,240.00 a month, 63.6% less than on demand
args: compare examples/provisioned-vs-on-demand.yaml --set workloads.assistant.active_hours_per_day=24 --set workloads.assistant.peak_to_average=1 --explain
exit: 0
stdout-has: pt-6-month (cheapest)  us-east-1    $64,240.00  -$112,361.60    -63.6%
stdout-has: 4 model units billed, 4 needed at peak
stdout-has: utilisation 90.0%
