args: estimate examples/custom-vs-fine-tuned.yaml --set workloads.support.model=custom:llama8b --format json --explain
exit: 0
stdout-has: "component": "imported model inference"
