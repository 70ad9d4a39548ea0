args: validate tests/data/bad/forecast-bad-option.yaml tests/data/bad/option-no-price.yaml
exit: 3
stderr-has: forecast-bad-option.yaml:8:7: forecast commitment: no option named
stderr-has: option-no-price.yaml:5:5: option 'reserved'
stdout-empty
