import config from '@liftgraph/eslint-config';

export default config;
