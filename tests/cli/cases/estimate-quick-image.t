args: estimate --model stability.stable-diffusion-xl-v1 --images 1000 --format csv
exit: 0
stdout-has: images,1000,image,0.04,40
