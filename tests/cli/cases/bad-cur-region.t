args: calibrate --from cur --request-tokens 2000 tests/data/usage/bad-cur-region.csv -o $GAC_TMP/cal.yaml
exit: 3
stdout-empty
stderr-has: tests/data/usage/bad-cur-region.csv:3:174: column 'product_region_code': 'x #
stderr-has: is no AWS region code (letters, digits and hyphens, such as us-east-1)
after: test ! -e $GAC_TMP/cal.yaml
