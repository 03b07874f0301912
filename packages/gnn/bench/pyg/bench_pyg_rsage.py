#!/usr/bin/env python3
"""PyTorch Geometric yardstick for the relation-typed GraphSAGE ("rsage") of `pnpm bench:gnn`.

Model (the study architecture, heterogeneous edges): two convolutions of width 32, each
    H' = ReLU(H·W_root + sum_r mean_w,r(H)·W_r + b),   mean_w,r(H)_i = sum_{j->i, type r} w_ji h_j / sum_{j->i, type r} w_ji
(0 for a node without in-edges of type r), dropout 0.3 after each, Linear(32 -> 3) head, MSE, Adam(lr 0.01),
full batch, on a graph written by shared/bench/pyg-reference/gen_graphs.py.

Edge types and weights are derived from the file order of the edges, identically in
packages/gnn/bench/relations.ts:  type_k = k mod R,  w_k = 0.25 + 0.75 * ((k * 7919) mod 1000) / 999
(float32). `--unweighted` sets every w_k = 1 (plain per-relation mean).

--conv spmm (default): one MessagePassing layer whose propagate() takes a per-relation torch CSR
  sparse tensor holding the normalised weights w_ji / sum w, so each relation is one CSR SpMM
  (PyG's `spmm` path, as bench_pyg.py uses for SAGE); R + 1 Linear layers, one bias.
--conv rgcn: PyG's own RGCNConv(aggr='mean') on edge_index + edge_type (unit weights only: RGCNConv
  has no edge weights); a second reading, not the default ratio.

Prints one JSON line: {"stack": "pyg", "model": "rsage", "conv", "nodes", "edges", "relations",
"threads", "epochMsMedian", "inferMsMedian"} - medians over --epochs timed epochs after 3 warm-up
epochs (forward + backward + step) and over 10 inference passes.
Usage: bench_pyg_rsage.py --graph DIR [--relations 3] [--threads 2] [--epochs 20] [--conv spmm|rgcn] [--unweighted]
"""
import argparse
import json
import statistics
import time

import numpy as np
import torch
import torch.nn.functional as F
from torch_geometric.nn import MessagePassing, RGCNConv
from torch_geometric.utils import spmm, to_torch_csr_tensor


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument('--graph', required=True)
    ap.add_argument('--relations', type=int, default=3)
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--epochs', type=int, default=20)
    ap.add_argument('--conv', choices=('spmm', 'rgcn'), default='spmm')
    ap.add_argument('--unweighted', action='store_true')
    return ap.parse_args()


def load_graph(d):
    meta = json.load(open(f'{d}/meta.json'))
    n, e, fin, t = meta['N'], meta['E'], meta['F'], meta['T']
    x = torch.from_numpy(np.fromfile(f'{d}/x.f32', np.float32).reshape(n, fin))
    y = torch.from_numpy(np.fromfile(f'{d}/y.f32', np.float32).reshape(n, t))
    src = torch.from_numpy(np.fromfile(f'{d}/src.i32', np.int32).astype(np.int64))
    tgt = torch.from_numpy(np.fromfile(f'{d}/tgt.i32', np.int32).astype(np.int64))
    assert src.numel() == e
    return x, y, src, tgt


def relations_of(e, r, unweighted):
    """Edge type and weight of edge k (file order) - the same rule as bench/relations.ts."""
    k = np.arange(e, dtype=np.int64)
    etype = k % r
    w = np.ones(e, np.float32) if unweighted else (0.25 + 0.75 * ((k * 7919) % 1000) / 999).astype(np.float32)
    return torch.from_numpy(etype), torch.from_numpy(w)


def relation_adjacencies(n, src, tgt, etype, w, r):
    """Per relation: CSR [N, N], rows = targets, values = w_ji / sum of w over the row (weighted mean)."""
    adjs = []
    for rel in range(r):
        m = etype == rel
        s, t, wr = src[m], tgt[m], w[m]
        row_sum = torch.zeros(n).index_add_(0, t, wr)
        val = wr / row_sum[t]
        adjs.append(to_torch_csr_tensor(torch.stack([t, s]), val, size=(n, n)))
    return adjs


class RelSageConv(MessagePassing):
    """H·W_root + b + sum_r (S_r·H)·W_r, S_r a fixed weighted-mean operator per relation."""

    def __init__(self, fin, fout, r):
        super().__init__(aggr='add')
        self.lin_root = torch.nn.Linear(fin, fout)
        self.lin_rel = torch.nn.ModuleList(torch.nn.Linear(fin, fout, bias=False) for _ in range(r))

    def forward(self, x, adjs):
        out = self.lin_root(x)
        for adj, lin in zip(adjs, self.lin_rel):
            out = out + lin(self.propagate(adj, x=x))
        return out

    def message_and_aggregate(self, adj_t, x):
        return spmm(adj_t, x, reduce='sum')


class Net(torch.nn.Module):
    def __init__(self, conv, fin, t, r):
        super().__init__()
        make = (lambda i, o: RelSageConv(i, o, r)) if conv == 'spmm' else (lambda i, o: RGCNConv(i, o, r, aggr='mean'))
        self.conv1, self.conv2, self.lin = make(fin, 32), make(32, 32), torch.nn.Linear(32, t)

    def forward(self, x, *graph):
        h = F.dropout(F.relu(self.conv1(x, *graph)), 0.3, self.training)
        h = F.dropout(F.relu(self.conv2(h, *graph)), 0.3, self.training)
        return self.lin(h)


def main():
    a = parse_args()
    torch.set_num_threads(a.threads)
    x, y, src, tgt = load_graph(a.graph)
    n, e = x.shape[0], src.numel()
    etype, w = relations_of(e, a.relations, a.unweighted or a.conv == 'rgcn')
    if a.conv == 'spmm':
        graph = (relation_adjacencies(n, src, tgt, etype, w, a.relations),)
    else:
        graph = (torch.stack([src, tgt]), etype)
    torch.manual_seed(0)
    model = Net(a.conv, x.shape[1], y.shape[1], a.relations)
    opt = torch.optim.Adam(model.parameters(), lr=0.01)

    def epoch():
        model.train()
        opt.zero_grad()
        loss = F.mse_loss(model(x, *graph), y)
        loss.backward()
        opt.step()

    for _ in range(3):
        epoch()
    times = []
    for _ in range(a.epochs):
        t0 = time.perf_counter()
        epoch()
        times.append((time.perf_counter() - t0) * 1e3)
    model.eval()
    inf = []
    with torch.no_grad():
        for _ in range(10):
            t0 = time.perf_counter()
            model(x, *graph)
            inf.append((time.perf_counter() - t0) * 1e3)
    print(json.dumps({'stack': 'pyg', 'model': 'rsage', 'conv': a.conv, 'weighted': not (a.unweighted or a.conv == 'rgcn'),
                      'nodes': n, 'edges': e, 'relations': a.relations, 'threads': a.threads,
                      'epochMsMedian': round(statistics.median(times), 3), 'inferMsMedian': round(statistics.median(inf), 3)}))


if __name__ == '__main__':
    main()
