#!/usr/bin/env python3
"""Loads the parameters written by bench/rsage-parity.ts into bench_pyg_rsage.py's model (spmm conv)
and compares its eval-mode output with the fused engine's predictions on the same graph.
Kernels are stored [in, out] (tfjs layout): a torch Linear weight is their transpose.
Usage: check_rsage_parity.py GRAPH_DIR PARAMS.json   (exit 1 when the max abs difference exceeds 1e-4)
"""
import json
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_pyg_rsage as rs  # noqa: E402


def main():
    graph_dir, params_file = sys.argv[1], sys.argv[2]
    d = json.load(open(params_file))
    r = d['numRelations']
    p = {k: torch.tensor(v) for k, v in d['params'].items()}
    x, _, src, tgt = rs.load_graph(graph_dir)
    etype, w = rs.relations_of(src.numel(), r, False)
    adjs = rs.relation_adjacencies(x.shape[0], src, tgt, etype, w, r)
    net = rs.Net('spmm', x.shape[1], 3, r)
    net.eval()
    with torch.no_grad():
        for layer, conv in ((1, net.conv1), (2, net.conv2)):
            fin = conv.lin_root.in_features
            conv.lin_root.weight.copy_(p[f'conv{layer}/kernel_root'].reshape(fin, -1).T)
            conv.lin_root.bias.copy_(p[f'conv{layer}/bias'])
            for k in range(r):
                conv.lin_rel[k].weight.copy_(p[f'conv{layer}/kernel_neigh_r{k}'].reshape(fin, -1).T)
        net.lin.weight.copy_(p['head/kernel'].reshape(net.lin.in_features, -1).T)
        net.lin.bias.copy_(p['head/bias'])
        out = net(x, adjs).numpy().ravel()
    ours = np.asarray(d['y'], np.float32)
    diff = float(np.abs(out - ours).max())
    print(json.dumps({'maxAbsDiff': diff, 'maxAbsValue': float(np.abs(ours).max()), 'nodes': int(x.shape[0])}))
    sys.exit(0 if diff <= 1e-4 else 1)


if __name__ == '__main__':
    main()
