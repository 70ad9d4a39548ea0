# the budget stays monthly: 12 months are held to 12 x $14,600 =
# $175,200, which the baseline's $175,588.03 passes and the option's
# $192,720 too; at 12 x $14,700 = $176,400 only the option does
args: simulate tests/data/good/horizon-fixed.yaml --months 12 --trials 100 --budget 14600 --format csv
exit: 0
stdout-has: baseline,175588.03
stdout-has: ,1,1,,12
after: $GENAICOST_BIN simulate tests/data/good/horizon-fixed.yaml --months 12 --trials 100 --budget 14700 --format csv | grep -q "^baseline,.*,0,1,,12"
