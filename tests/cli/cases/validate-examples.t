args: validate examples/chatbot.yaml examples/chatbot-options.yaml examples/provisioned-vs-on-demand.yaml examples/rag-knowledge-base.yaml examples/multi-region-assistant.yaml examples/custom-vs-fine-tuned.yaml examples/batch-documents.yaml
exit: 0
stderr-empty
stdout-has: examples/batch-documents.yaml: ok
