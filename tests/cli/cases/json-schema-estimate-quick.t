args: estimate --model stability.stable-diffusion-xl-v1 --images 1000 --format json --explain
exit: 0
stdout-has: "genaicost": "report/1"
stdout-has: "unit": "image"
stdout-has: "formula":
