args: compare examples/custom-vs-fine-tuned.yaml --months 12
exit: 0
stdout-has: baseline (cheapest)  us-east-1       $630.00
stdout-has: fine-tuned           us-east-1    $36,216.95  +$35,586.95  +5648.7%
stdout-has: imported             us-east-1     $2,869.15   +$2,239.15   +355.4%
stdout-has: own-model            us-east-1     $7,765.37   +$7,135.37  +1132.6%
stdout-has:    12  $7,560.00  $434,603.40  $34,429.80  $93,184.43
