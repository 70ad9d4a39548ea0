args: compare examples/batch-documents.yaml --format csv
exit: 0
stdout-exact: batch.csv
