# forecast.start is a calendar month YYYY-MM: anything else is an error at
# its value (exit 3)
args: forecast tests/data/bad/forecast-start.yaml --months 3
exit: 3
stdout-empty
stderr-has: forecast-start.yaml:6:10: forecast.start is the calendar month forecast month 1 is, YYYY-MM (got 'October 2026')
