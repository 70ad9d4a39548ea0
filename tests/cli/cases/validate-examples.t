args: validate examples/*.yaml
exit: 0
stderr-empty
stdout-has: examples/batch-documents.yaml: ok
stdout-has: examples/custom-vs-fine-tuned.yaml: ok
