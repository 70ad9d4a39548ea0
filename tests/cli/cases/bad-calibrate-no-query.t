args: calibrate tests/data/usage/bad-cloudwatch-no-query.json
exit: 3
stderr-has: result 'nobody' has no query: give the file of the MetricDataQueries it was asked with
