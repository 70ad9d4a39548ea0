# one month billed by two files would count its tokens twice
args: calibrate tests/data/usage/cur-2026.csv tests/data/usage/cur-2026.csv.gz --from cur --request-tokens 2500
exit: 3
stderr-has: tests/data/usage/cur-2026.csv.gz:2:84: column 'line_item_usage_start_date': 2026-10 is billed in tests/data/usage/cur-2026.csv too: its tokens would count twice
