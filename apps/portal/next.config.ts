import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  transpilePackages: ['@liftgraph/domain'],
  webpack: (cfg: { resolve: { conditionNames?: string[]; extensionAlias?: Record<string, string[]> } }) => {
    // Resolve workspace libraries to their TypeScript source (the `@liftgraph/source` export condition).
    cfg.resolve.conditionNames = ['@liftgraph/source', ...(cfg.resolve.conditionNames ?? ['import', 'module', 'require', 'default'])];
    // That source imports its siblings NodeNext-style (`./detect-log-format.js` for the `.ts` file).
    cfg.resolve.extensionAlias = { ...cfg.resolve.extensionAlias, '.js': ['.ts', '.tsx', '.js'] };
    return cfg;
  },
};

export default config;
