# The GPU training worker: the graphql image's worker entry plus @tensorflow/tfjs-node-gpu (CUDA 11 /
# cuDNN 8, what tfjs-node-gpu 4.x's libtensorflow 2.9 links against). packages/gnn's backend auto-detect
# (src/reference-tfjs/select-backend.ts) loads it first when it is installed. It runs the tfjs code on the
# GPU (the MLP/LSTM baselines of `--model all`); the GNN itself trains on the fused WASM engine, on the CPU
# (see packages/gnn/README.md, "Backends and a GPU").
ARG TFJS_VERSION=4.22.0

FROM node:20-bookworm-slim AS build
ARG TFJS_VERSION
WORKDIR /repo
RUN npm install -g pnpm@10.34.8
COPY . .
RUN pnpm install --frozen-lockfile && pnpm exec turbo run build --filter=@liftgraph/graphql...
# Added to packages/gnn only inside the image (the repository itself stays CPU/WASM); its install script
# downloads the GPU libtensorflow, hence --allow-build.
RUN cd packages/gnn && pnpm add --allow-build=@tensorflow/tfjs-node-gpu @tensorflow/tfjs-node-gpu@${TFJS_VERSION}

FROM nvidia/cuda:11.8.0-cudnn8-runtime-ubuntu22.04
ENV NODE_ENV=production
COPY --from=build /usr/local/bin/node /usr/local/bin/node
COPY --from=build /repo /repo
WORKDIR /repo/apps/graphql
CMD ["node", "dist/modules/model/worker.main.js"]
