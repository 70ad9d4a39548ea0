args: estimate tests/data/bad/unknown-region.yaml
exit: 3
stderr-has: is not offered in 'mars-north-1'
