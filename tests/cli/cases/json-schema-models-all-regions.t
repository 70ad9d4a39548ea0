args: models --format json
exit: 0
stdout-has: "region": null
stdout-has: "kind": "image"
stdout-has: "per": null
