import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  transpilePackages: ['@liftgraph/domain'],
  webpack: (cfg: { resolve: { conditionNames?: string[] } }) => {
    // Resolve workspace libraries to their TypeScript source (the `@liftgraph/source` export condition).
    cfg.resolve.conditionNames = ['@liftgraph/source', ...(cfg.resolve.conditionNames ?? ['import', 'module', 'require', 'default'])];
    return cfg;
  },
};

export default config;
