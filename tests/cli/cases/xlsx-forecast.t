args: forecast examples/growing-provisioned.yaml --months 12 --format xlsx --output=$GAC_TMP/xlsx-forecast.xlsx
exit: 0
stdout-empty
stderr-empty
after: test -s $GAC_TMP/xlsx-forecast.xlsx
