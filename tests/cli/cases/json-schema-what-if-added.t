args: what-if examples/provisioned-vs-on-demand.yaml --set deployment.mode=provisioned --set deployment.commitment=1-month --format json
exit: 0
stdout-has: "added": true
stdout-has: "removed": true
stdout-has: "delta_percent": null
