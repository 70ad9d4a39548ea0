args: validate tests/data/bad/sheet-image-bad-quality.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-image-bad-quality.yaml:11:34: quality must be 'standard' or 'premium' (got 'deluxe')
stdout-empty
